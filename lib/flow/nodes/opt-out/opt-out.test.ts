import { describe, expect, it } from 'vitest';
import { compileResume, compileStart, walkOf } from '../../compile';
import type { FlowNode } from '../../document';
import { indexFlow } from '../../flow-index';
import { lintFlow } from '../../lint';
import { ctx, doc, e, hangup, menu, say, settledNow, start, stepNow, voice } from '../../testing/builders';
import { optOutNode, type OptOutData } from './definition';

const optOut = (id: string, number = '{{caller}}'): FlowNode => ({ id, kind: 'optOut', position: { x: 0, y: 0 }, data: { number } });
const problems = (data: OptOutData) => {
  const parsed = optOutNode.rules.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('Opt out step', () => {
  it('asks for the caller’s number to be listed, sends 8x8 nothing and continues', () => {
    expect(stepNow(optOutNode, optOutNode.defaults(), ctx({ caller: '+6591110000' }))).toEqual({
      type: 'continue',
      output: 'next',
      effects: [{ kind: 'optOut', number: '+6591110000' }],
    });
  });

  it('lists a number a variable holds, or a fixed one, trimmed', () => {
    expect(stepNow(optOutNode, { number: '{{vars.callee}}' }, ctx({ vars: { callee: ' +6562220009 ' } }))).toMatchObject({ effects: [{ kind: 'optOut', number: '+6562220009' }] });
    expect(stepNow(optOutNode, { number: '+6562220000' }, ctx())).toMatchObject({ effects: [{ kind: 'optOut', number: '+6562220000' }] });
    // A withheld caller is still asked for: the server refuses to list it and logs why.
    expect(stepNow(optOutNode, optOutNode.defaults(), ctx({ caller: 'anonymous' }))).toMatchObject({ effects: [{ kind: 'optOut', number: 'anonymous' }] });
  });

  it('describes itself', () => {
    expect(optOutNode.outputs(optOutNode.defaults())).toEqual(['next']);
    expect(optOutNode.outputLabel('next', optOutNode.defaults())).toBe('Next');
    expect(optOutNode.templated({ number: '{{vars.x}}' })).toEqual(['{{vars.x}}']);
    expect(optOutNode.defines(optOutNode.defaults())).toEqual([]);
    expect(optOutNode.summary(optOutNode.defaults())).toBe('Lists {{caller}} as do-not-call');
    expect(optOutNode.summary({ number: '' })).toBe('Lists — as do-not-call');
    expect(optOutNode.waits).toBe(false);
  });

  it('lint: a number in E.164 or a variable', () => {
    expect(problems(optOutNode.defaults())).toEqual([]);
    expect(problems({ number: '+6591234567' })).toEqual([]);
    expect(problems({ number: '' })).toEqual(['number: The number is empty']);
    expect(problems({ number: '12' })).toEqual([
      'number: The number must be a phone number in E.164 format, e.g. +6591234567, or a variable such as {{caller}} (8x8: -1017)',
    ]);
    expect(optOutNode.data.safeParse({ number: 'x'.repeat(101) }).success).toBe(false);
  });
});

describe('Opt out in a flow', () => {
  const flow = doc(
    [start(), menu('main', ['9']), optOut('stop'), say('bye', 'You will not be called again'), hangup('end')],
    [e('start', 'next', 'main'), e('main', '9', 'stop'), e('stop', 'next', 'bye'), e('bye', 'next', 'end')],
  );

  it('carries the opt-out with the reply that walks through it, after the branch the caller chose', () => {
    const resumed = settledNow(compileResume(indexFlow(flow), 'main', ctx({ digits: '9', caller: '+6591110000' }), 'v1'));
    expect(resumed.reply).toEqual({ callflow: [{ action: 'say', params: { text: 'You will not be called again', voiceProfile: voice } }, { action: 'hangup' }] });
    expect(resumed.effects).toEqual([{ kind: 'optOut', number: '+6591110000' }]);
    expect(walkOf(resumed)).toEqual({ walkedNodes: ['stop', 'bye', 'end'], walkedOutputs: ['next', 'next', ''], resumedOutput: '9' });
  });

  it('carries none on a reply that does not walk through it', () => {
    expect(settledNow(compileStart(indexFlow(flow), ctx(), 'v1')).effects).toBeUndefined();
    expect(settledNow(compileResume(indexFlow(flow), 'main', ctx({ digits: '1' }), 'v1')).effects).toBeUndefined();
  });

  it('keeps every opt-out of a reply, in order', () => {
    const twice = doc([start(), optOut('a'), optOut('b', '+6562220000')], [e('start', 'next', 'a'), e('a', 'next', 'b')]);
    expect(settledNow(compileStart(indexFlow(twice), ctx({ caller: '+6591110000' }), 'v1')).effects).toEqual([
      { kind: 'optOut', number: '+6591110000' },
      { kind: 'optOut', number: '+6562220000' },
    ]);
  });

  it('does not make replies depend on session variables, and lints like any step', () => {
    expect(indexFlow(flow).usesSessionVariables).toBe(false);
    const issues = lintFlow(doc([start(), optOut('stop', '{{vars.who}}')], [e('start', 'next', 'stop')])).map((i) => i.code);
    expect(issues).toEqual(['open-output', 'unset-variable']);
  });
});
