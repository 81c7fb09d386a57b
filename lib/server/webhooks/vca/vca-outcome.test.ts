import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileStart, FlowRuntimeError } from '@/lib/flow/compile';
import { indexFlow } from '@/lib/flow/flow-index';
import { nodeRegistry } from '@/lib/flow/registry';
import { ctx, doc, e, menu, say, start } from '@/lib/flow/testing/builders';
import { compileOrApologize } from './vca-outcome';

// The handlers compile through compileOrApologize: a plain flow's reply and a reply that
// waited for a step's I/O come back the same way, and a flow that cannot run is an apology.

const flow = doc([start(), say('dip', 'Balance'), menu('main', ['1'])], [e('start', 'next', 'dip'), e('dip', 'next', 'main')]);

describe('compileOrApologize', () => {
  afterEach(() => vi.restoreAllMocks());

  it('returns a plain reply', async () => {
    const compiled = await compileOrApologize(() => compileStart(indexFlow(flow), ctx(), 'v1'), 'test');
    expect(compiled?.waitingAt).toBe('main');
  });

  it('waits for a step that needs I/O', async () => {
    vi.spyOn(nodeRegistry.say, 'step').mockImplementationOnce(async () => ({ type: 'continue', output: 'next', vars: { balance: '12' } }));
    const compiled = await compileOrApologize(() => compileStart(indexFlow(flow), ctx(), 'v1'), 'test');
    expect(compiled).toMatchObject({ waitingAt: 'main', vars: { balance: '12' } });
  });

  it('answers null (the apology) when the flow cannot run, at once or after I/O', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await compileOrApologize(() => compileStart(indexFlow(doc([say('a', 'A')])), ctx(), 'v1'), 'no start')).toBeNull();
    vi.spyOn(nodeRegistry.say, 'step').mockImplementationOnce(() => Promise.reject(new FlowRuntimeError('the dip found no such customer')));
    expect(await compileOrApologize(() => compileStart(indexFlow(flow), ctx(), 'v1'), 'async')).toBeNull();
    expect(warn).toHaveBeenCalledWith('[vca] async: the dip found no such customer; answering with an apology');
  });

  it('lets any other error through (the handler answers it as a failure)', async () => {
    vi.spyOn(nodeRegistry.say, 'step').mockImplementationOnce(() => Promise.reject(new TypeError('bug')));
    await expect(compileOrApologize(() => compileStart(indexFlow(flow), ctx(), 'v1'), 'async')).rejects.toThrow('bug');
  });
});
