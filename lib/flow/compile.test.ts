import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileFrom, compileResume, compileStart, FlowRuntimeError, walkOf } from './compile';
import type { FlowDocument } from './document';
import { indexFlow } from './flow-index';
import { nodeRegistry } from './registry';
import { offlineServices, type NodeServices, type StepServices } from './step-services';
import {
  businessHours,
  ctx,
  doc,
  e,
  hangup,
  menu,
  noHours,
  playFile,
  say,
  setVariable,
  settledNow,
  start,
  transfer,
  voice,
} from './testing/builders';

const version = 'ver1';
const sayAction = (text: string) => ({ action: 'say', params: { text, voiceProfile: voice } });
const captureAction = (promptMessage = 'Press a key') => ({ action: 'sayAndCapture', params: { promptMessage, voiceProfile: voice } });
const hangupAction = { action: 'hangup' };

const run = (document: FlowDocument, over: Parameters<typeof ctx>[0] = {}) => settledNow(compileStart(indexFlow(document), ctx(over), version));
const resume = (document: FlowDocument, nodeId: string, digits: string | null, over: Parameters<typeof ctx>[0] = {}) =>
  settledNow(compileResume(indexFlow(document), nodeId, ctx({ digits, ...over }), version));

describe('compileStart', () => {
  it('ends the reply at a menu with sayAndCapture and clientActionId <versionId>:<nodeId>', () => {
    const result = run(doc([start(), menu('main', ['1'])], [e('start', 'next', 'main')]));
    expect(result).toEqual({
      reply: { clientActionId: 'ver1:main', callflow: [captureAction()] },
      vars: {},
      path: [{ nodeId: 'start', output: 'next' }, { nodeId: 'main' }],
      waitingAt: 'main',
    });
  });

  it('gathers say and playFile actions before the menu, in order', () => {
    const result = run(
      doc(
        [start(), say('hello', 'Hello'), playFile('music', 'https://cdn.example.com/a.mp3'), menu('main', ['1'])],
        [e('start', 'next', 'hello'), e('hello', 'next', 'music'), e('music', 'next', 'main')],
      ),
    );
    expect(result.reply).toEqual({
      clientActionId: 'ver1:main',
      callflow: [sayAction('Hello'), { action: 'playFile', params: { fileUrl: 'https://cdn.example.com/a.mp3' } }, captureAction()],
    });
    expect(result.path).toEqual([
      { nodeId: 'start', output: 'next' },
      { nodeId: 'hello', output: 'next' },
      { nodeId: 'music', output: 'next' },
      { nodeId: 'main' },
    ]);
  });

  it('ends with the hangup node once, without a clientActionId', () => {
    const result = run(doc([start(), say('bye', 'Bye'), hangup('end')], [e('start', 'next', 'bye'), e('bye', 'next', 'end')]));
    expect(result).toEqual({
      reply: { callflow: [sayAction('Bye'), hangupAction] },
      vars: {},
      path: [{ nodeId: 'start', output: 'next' }, { nodeId: 'bye', output: 'next' }, { nodeId: 'end' }],
      waitingAt: null,
    });
  });

  it('appends hangup when an output leads nowhere', () => {
    const result = run(doc([start(), say('bye', 'Bye')], [e('start', 'next', 'bye')]));
    expect(result.reply).toEqual({ callflow: [sayAction('Bye'), hangupAction] });
    expect(result.path).toEqual([{ nodeId: 'start', output: 'next' }, { nodeId: 'bye', output: 'next' }]);
    expect(result.waitingAt).toBeNull();
  });

  it('hangs up straight away when Start is unconnected', () => {
    expect(run(doc([start()])).reply).toEqual({ callflow: [hangupAction] });
  });

  it('treats an edge to a missing node as unconnected', () => {
    expect(run(doc([start()], [e('start', 'next', 'ghost')])).reply).toEqual({ callflow: [hangupAction] });
  });

  it('follows the first of two edges from the same output', () => {
    const result = run(doc([start(), say('a', 'A'), say('b', 'B')], [e('start', 'next', 'a'), e('start', 'next', 'b')]));
    expect(result.reply.callflow).toEqual([sayAction('A'), hangupAction]);
  });

  it('emits makeCall for a transfer and waits there', () => {
    const result = run(doc([start(), transfer('agent', '+6531589338')], [e('start', 'next', 'agent')]), { dialed: '+6562220000' });
    expect(result).toEqual({
      reply: { clientActionId: 'ver1:agent', callflow: [{ action: 'makeCall', params: { source: '+6562220000', destination: '+6531589338' } }] },
      vars: {},
      path: [{ nodeId: 'start', output: 'next' }, { nodeId: 'agent' }],
      waitingAt: 'agent',
    });
  });

  it('lets a say use a variable set just before it, and returns the vars', () => {
    const result = run(
      doc(
        [start(), setVariable('remember', 'who', 'caller {{caller}}'), say('greet', 'Hello {{vars.who}}, {{vars.old}}')],
        [e('start', 'next', 'remember'), e('remember', 'next', 'greet')],
      ),
      { caller: '+6591110000', vars: { old: 'kept' } },
    );
    expect(result.reply.callflow).toEqual([sayAction('Hello caller +6591110000, kept'), hangupAction]);
    expect(result.vars).toEqual({ old: 'kept', who: 'caller +6591110000' });
    expect(result.path).toEqual([
      { nodeId: 'start', output: 'next' },
      { nodeId: 'remember', output: 'next' },
      { nodeId: 'greet', output: 'next' },
    ]);
  });

  it('lets a later Set variable overwrite an earlier value', () => {
    const result = run(
      doc(
        [start(), setVariable('one', 'x', 'first'), setVariable('two', 'x', '{{vars.x}} then second'), say('s', '{{vars.x}}')],
        [e('start', 'next', 'one'), e('one', 'next', 'two'), e('two', 'next', 's')],
      ),
    );
    expect(result.reply.callflow).toEqual([sayAction('first then second'), hangupAction]);
    expect(result.vars).toEqual({ x: 'first then second' });
  });

  describe('business hours', () => {
    const hoursDoc = doc(
      [
        start(),
        businessHours('hours', {
          timezone: 'Asia/Singapore',
          schedule: { ...noHours, mon: [{ open: '09:00', close: '17:00' }] },
          holidays: ['2024-03-11'],
        }),
        say('open', 'We are open'),
        say('closed', 'We are closed'),
      ],
      [e('start', 'next', 'hours'), e('hours', 'open', 'open'), e('hours', 'closed', 'closed')],
    );

    it('takes "open" during opening hours', () => {
      const result = run(hoursDoc, { now: new Date('2024-03-04T03:00:00Z') }); // Mon 11:00 SGT
      expect(result.reply.callflow).toEqual([sayAction('We are open'), hangupAction]);
      expect(result.path[1]).toEqual({ nodeId: 'hours', output: 'open' });
    });

    it('takes "closed" outside opening hours', () => {
      const result = run(hoursDoc, { now: new Date('2024-03-04T10:00:00Z') }); // Mon 18:00 SGT
      expect(result.reply.callflow).toEqual([sayAction('We are closed'), hangupAction]);
      expect(result.path[1]).toEqual({ nodeId: 'hours', output: 'closed' });
    });

    it('takes "closed" on a holiday', () => {
      expect(run(hoursDoc, { now: new Date('2024-03-11T03:00:00Z') }).reply.callflow).toEqual([sayAction('We are closed'), hangupAction]);
    });
  });

  describe('errors', () => {
    it('throws FlowRuntimeError when there is no start node', () => {
      expect(() => run(doc([say('a', 'A')]))).toThrow(FlowRuntimeError);
      expect(() => run(doc([say('a', 'A')]))).toThrow('The flow has no start node');
    });

    it('throws FlowRuntimeError on a loop that never waits', () => {
      const loop = doc([start(), say('a', 'A'), say('b', 'B')], [e('start', 'next', 'a'), e('a', 'next', 'b'), e('b', 'next', 'a')]);
      expect(() => run(loop)).toThrow(FlowRuntimeError);
      expect(() => run(loop)).toThrow('The flow loops through "a" without waiting for the caller');
    });

    it('throws FlowRuntimeError on a node that points to itself', () => {
      const loop = doc([start(), setVariable('v', 'x', '1')], [e('start', 'next', 'v'), e('v', 'next', 'v')]);
      expect(() => run(loop)).toThrow(FlowRuntimeError);
    });

    it('FlowRuntimeError is an Error with its own name', () => {
      const error = new FlowRuntimeError('x');
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('FlowRuntimeError');
    });
  });
});

describe('compileFrom', () => {
  it('walks from any node', () => {
    const document = doc([start(), say('a', 'A'), menu('m', ['1'])], [e('start', 'next', 'a'), e('a', 'next', 'm')]);
    expect(settledNow(compileFrom(indexFlow(document), 'a', ctx(), version)).reply).toEqual({ clientActionId: 'ver1:m', callflow: [sayAction('A'), captureAction()] });
  });

  it('throws FlowRuntimeError for a missing node', () => {
    expect(() => compileFrom(indexFlow(doc([start()])), 'ghost', ctx(), version)).toThrow(new FlowRuntimeError('The flow has no node "ghost"'));
  });
});

describe('compileResume', () => {
  const menuDoc = doc(
    [
      start(),
      menu('main', ['1', '2', '42']),
      say('one', 'One'),
      say('two', 'You pressed {{digits}}'),
      menu('sub', ['9'], { promptMessage: 'Sub menu' }),
      say('silence', 'Nothing pressed'),
      say('sorry', 'Sorry'),
    ],
    [
      e('start', 'next', 'main'),
      e('main', '1', 'one'),
      e('main', '2', 'two'),
      e('main', '42', 'sub'),
      e('main', 'noInput', 'silence'),
      e('main', 'invalid', 'sorry'),
      e('sorry', 'next', 'main'),
    ],
  );

  it('follows an option', () => {
    expect(resume(menuDoc, 'main', '1')).toEqual({
      output: '1',
      reply: { callflow: [sayAction('One'), hangupAction] },
      vars: {},
      path: [{ nodeId: 'main', output: '1' }, { nodeId: 'one', output: 'next' }],
      waitingAt: null,
    });
  });

  it('makes the digits available to the branch', () => {
    expect(resume(menuDoc, 'main', '2').reply.callflow).toEqual([sayAction('You pressed 2'), hangupAction]);
  });

  it('follows a multi-digit option into a deeper menu', () => {
    expect(resume(menuDoc, 'main', '42')).toEqual({
      output: '42',
      reply: { clientActionId: 'ver1:sub', callflow: [captureAction('Sub menu')] },
      vars: {},
      path: [{ nodeId: 'main', output: '42' }, { nodeId: 'sub' }],
      waitingAt: 'sub',
    });
  });

  it.each([null, ''])('takes noInput for digits %j', (digits) => {
    const result = resume(menuDoc, 'main', digits);
    expect(result.output).toBe('noInput');
    expect(result.reply.callflow).toEqual([sayAction('Nothing pressed'), hangupAction]);
  });

  it('takes invalid for other digits, and may loop back to the same menu (it waits)', () => {
    const result = resume(menuDoc, 'main', '7');
    expect(result).toEqual({
      output: 'invalid',
      reply: { clientActionId: 'ver1:main', callflow: [sayAction('Sorry'), captureAction()] },
      vars: {},
      path: [{ nodeId: 'main', output: 'invalid' }, { nodeId: 'sorry', output: 'next' }, { nodeId: 'main' }],
      waitingAt: 'main',
    });
  });

  it('strips a trailing # before matching', () => {
    expect(resume(menuDoc, 'main', '1#').output).toBe('1');
    expect(resume(menuDoc, 'main', '42#').output).toBe('42');
  });

  it('hangs up on an unconnected branch, keeping the vars', () => {
    expect(resume(menuDoc, 'sub', '9', { vars: { a: 'b' } })).toEqual({
      output: '9',
      reply: { callflow: [hangupAction] },
      vars: { a: 'b' },
      path: [{ nodeId: 'sub', output: '9' }],
      waitingAt: null,
    });
  });

  it('carries session vars into the branch', () => {
    const document = doc(
      [start(), menu('m', ['1']), say('s', 'Hi {{vars.name}}')],
      [e('start', 'next', 'm'), e('m', '1', 's')],
    );
    const result = resume(document, 'm', '1', { vars: { name: 'Ann' } });
    expect(result.reply.callflow).toEqual([sayAction('Hi Ann'), hangupAction]);
    expect(result.vars).toEqual({ name: 'Ann' });
  });

  describe('after a transfer', () => {
    const transferDoc = doc(
      [start(), transfer('agent', '+6531589338'), say('bye', 'Thanks for calling'), hangup('end')],
      [e('start', 'next', 'agent'), e('agent', 'after', 'bye'), e('bye', 'next', 'end')],
    );

    it('follows "after" once the bridged call ends', () => {
      expect(resume(transferDoc, 'agent', null)).toEqual({
        output: 'after',
        reply: { callflow: [sayAction('Thanks for calling'), hangupAction] },
        vars: {},
        path: [{ nodeId: 'agent', output: 'after' }, { nodeId: 'bye', output: 'next' }, { nodeId: 'end' }],
        waitingAt: null,
      });
    });

    it('ignores any digits', () => {
      expect(resume(transferDoc, 'agent', '5').output).toBe('after');
    });

    it('hangs up when "after" is unconnected', () => {
      const bare = doc([start(), transfer('agent', '+6531589338')], [e('start', 'next', 'agent')]);
      expect(resume(bare, 'agent', null)).toEqual({
        output: 'after',
        reply: { callflow: [hangupAction] },
        vars: {},
        path: [{ nodeId: 'agent', output: 'after' }],
        waitingAt: null,
      });
    });
  });

  describe('errors', () => {
    it('throws FlowRuntimeError for a missing node', () => {
      expect(() => resume(menuDoc, 'ghost', '1')).toThrow(new FlowRuntimeError('The flow has no node "ghost"'));
    });

    it.each(['start', 'one'])('throws FlowRuntimeError when %s does not wait', (nodeId) => {
      expect(() => resume(menuDoc, nodeId, '1')).toThrow(FlowRuntimeError);
      expect(() => resume(menuDoc, nodeId, '1')).toThrow('which does not wait for the caller');
    });

    it('throws FlowRuntimeError when the branch loops without waiting', () => {
      const loop = doc(
        [start(), menu('m', ['1']), say('a', 'A'), say('b', 'B')],
        [e('start', 'next', 'm'), e('m', '1', 'a'), e('a', 'next', 'b'), e('b', 'next', 'a')],
      );
      expect(() => resume(loop, 'm', '1')).toThrow(FlowRuntimeError);
    });
  });
});

describe('walkOf (what an event stores for the analytics overlay)', () => {
  const flow = doc(
    [start(), menu('main', ['1']), say('sorry', 'Sorry'), say('one', 'One'), hangup('bye')],
    [e('start', 'next', 'main'), e('main', '1', 'one'), e('main', 'invalid', 'sorry'), e('sorry', 'next', 'main'), e('one', 'next', 'bye')],
  );

  it('stores every node of a first reply as an arrival, the waiting node without an output', () => {
    expect(walkOf(run(flow))).toEqual({ walkedNodes: ['start', 'main'], walkedOutputs: ['next', ''], resumedOutput: null });
  });

  it('stores a callback\'s branch apart: the waiting node was counted when the caller arrived', () => {
    expect(walkOf(resume(flow, 'main', '7'))).toEqual({
      walkedNodes: ['sorry', 'main'],
      walkedOutputs: ['next', ''],
      resumedOutput: 'invalid',
    });
  });

  it('ends on the node that ends the call, without an output', () => {
    expect(walkOf(resume(flow, 'main', '1'))).toEqual({ walkedNodes: ['one', 'bye'], walkedOutputs: ['next', ''], resumedOutput: '1' });
  });

  it('walks nothing when the branch leads nowhere (the call is hung up)', () => {
    expect(walkOf(resume(flow, 'main', null))).toEqual({ walkedNodes: [], walkedOutputs: [], resumedOutput: 'noInput' });
  });
});

describe('steps that need I/O', () => {
  const flow = doc(
    [start(), say('slow', 'Slow'), say('after', 'After'), menu('main', ['1'])],
    [e('start', 'next', 'slow'), e('slow', 'next', 'after'), e('after', 'next', 'main')],
  );
  afterEach(() => vi.restoreAllMocks());

  it('gives the reply at once, not a promise, when no step needs I/O', () => {
    expect(compileStart(indexFlow(flow), ctx(), version)).not.toBeInstanceOf(Promise);
    expect(compileResume(indexFlow(flow), 'main', ctx({ digits: '1' }), version)).not.toBeInstanceOf(Promise);
  });

  it('follows a step that returns a promise, then walks on synchronously from it', async () => {
    const services: StepServices = { dataDip: vi.fn(() => Promise.reject(new Error('called'))) };
    const step = vi.spyOn(nodeRegistry.say, 'step').mockImplementationOnce(async (data, _ctx, given) => {
      // The step's services are the walk's, with its own node filled in.
      await given.dataDip({ method: 'GET', url: 'https://api.example.com/x', headers: [], timeoutMs: 3000, maxResponseBytes: 1, ctx: ctx() }).catch(() => undefined);
      expect(services.dataDip).toHaveBeenCalledWith(expect.objectContaining({ nodeId: 'slow', url: 'https://api.example.com/x' }));
      return { type: 'continue', output: 'next', actions: [{ action: 'say', params: { text: `${data.text} (fetched)`, voiceProfile: voice } }], vars: { dip: 'yes' } };
    });
    const pending = compileStart(indexFlow(flow), ctx(), version, services);
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toEqual({
      reply: { clientActionId: 'ver1:main', callflow: [sayAction('Slow (fetched)'), sayAction('After'), captureAction()] },
      vars: { dip: 'yes' },
      path: [{ nodeId: 'start', output: 'next' }, { nodeId: 'slow', output: 'next' }, { nodeId: 'after', output: 'next' }, { nodeId: 'main' }],
      waitingAt: 'main',
    });
    expect(step).toHaveBeenCalledTimes(2);
  });

  it('resumes through an asynchronous step, keeping the branch taken', async () => {
    const document = doc([start(), menu('main', ['1']), say('slow', 'Slow')], [e('start', 'next', 'main'), e('main', '1', 'slow')]);
    vi.spyOn(nodeRegistry.say, 'step').mockImplementationOnce(async () => ({ type: 'end', actions: [{ action: 'hangup' }] }));
    const resumed = await compileResume(indexFlow(document), 'main', ctx({ digits: '1' }), version);
    expect(resumed).toEqual({ output: '1', reply: { callflow: [hangupAction] }, vars: {}, path: [{ nodeId: 'main', output: '1' }, { nodeId: 'slow' }], waitingAt: null });
  });

  it('rejects with FlowRuntimeError for a loop found after an asynchronous step, and with the step’s own error', async () => {
    const loop = doc([start(), say('a', 'A'), say('b', 'B')], [e('start', 'next', 'a'), e('a', 'next', 'b'), e('b', 'next', 'a')]);
    vi.spyOn(nodeRegistry.say, 'step').mockImplementationOnce(async () => ({ type: 'continue', output: 'next' }));
    await expect(compileStart(indexFlow(loop), ctx(), version)).rejects.toThrow(new FlowRuntimeError('The flow loops through "a" without waiting for the caller'));
    vi.spyOn(nodeRegistry.say, 'step').mockImplementationOnce(() => Promise.reject(new Error('the data dip timed out')));
    await expect(compileStart(indexFlow(flow), ctx(), version)).rejects.toThrow('the data dip timed out');
  });

  it('gives steps offline services by default', async () => {
    let given: NodeServices | undefined;
    vi.spyOn(nodeRegistry.say, 'step').mockImplementationOnce((_d, _c, services) => {
      given = services;
      return { type: 'continue', output: 'next' };
    });
    settledNow(compileStart(indexFlow(flow), ctx(), version));
    await expect(given?.dataDip({ method: 'GET', url: 'https://api.example.com/x', headers: [], timeoutMs: 3000, maxResponseBytes: 1, ctx: ctx() })).resolves.toMatchObject({
      outcome: 'failed',
      record: { error: 'Requests are not made here (a preview or a test)' },
    });
    await expect(offlineServices.dataDip({ nodeId: 'a', method: 'GET', url: 'https://api.example.com/x', headers: [], timeoutMs: 3000, maxResponseBytes: 1, ctx: ctx() })).resolves.toMatchObject({
      outcome: 'failed',
      record: { url: 'https://api.example.com/x', error: 'Requests are not made here (a preview or a test)' },
    });
  });
});
