import { beforeEach, describe, expect, it, vi } from 'vitest';
import { doc, e, hangup, menu, returnTo, start, subflow } from '@/lib/flow/testing/builders';

const findUnique = vi.fn();
const findMany = vi.fn();
vi.mock('@/lib/db', () => ({
  db: { flowVersion: { findUnique: (...args: unknown[]) => findUnique(...args), findMany: (...args: unknown[]) => findMany(...args) } },
}));
const { flowVersionIndex, warmFlowVersion } = await import('./flow-version-cache');

const document = doc([start(), hangup('end')], [e('start', 'next', 'end')]);

beforeEach(() => {
  findMany.mockReset();
  findUnique.mockReset();
  findUnique.mockResolvedValue({ document });
});

describe('flow version cache', () => {
  it('reads a version once, then serves it from memory', async () => {
    await flowVersionIndex('once');
    await flowVersionIndex('once');
    expect(findUnique).toHaveBeenCalledTimes(1);
  });

  it('warms versions only while it has room: warming never evicts a version in use', async () => {
    await flowVersionIndex('in-use');
    for (let i = 0; i < 400; i += 1) await warmFlowVersion(`routed-${i}`);
    // 256 places: the version in use, the one above, and 254 warmed.
    expect(findUnique).toHaveBeenCalledTimes(1 + 254);
    findUnique.mockClear();
    await flowVersionIndex('in-use');
    await flowVersionIndex('once');
    await flowVersionIndex('routed-0');
    expect(findUnique).not.toHaveBeenCalled();
    await warmFlowVersion('routed-0');
    expect(findUnique).not.toHaveBeenCalled();
  });

  it('expands the versions a version’s Subflow steps run, nested ones too, one query per level', async () => {
    const inner = doc([start(), menu('pick', ['1']), returnTo('r', 'done')], [e('start', 'next', 'pick'), e('pick', '1', 'r')]);
    const middle = doc([start(), subflow('in', 'vInner', ['done'], [], 'fInner'), returnTo('r', 'done')], [e('start', 'next', 'in'), e('in', 'done', 'r')]);
    const top = doc([start(), subflow('mid', 'vMid', ['done'], [], 'fMid'), hangup('end')], [e('start', 'next', 'mid'), e('mid', 'done', 'end')]);
    findUnique.mockResolvedValue({ document: top, flowId: 'fTop' });
    const row = (id: string, flowId: string, document: unknown) => ({ id, flowId, version: 1, document, flow: { name: flowId } });
    findMany.mockResolvedValueOnce([row('vMid', 'fMid', middle)]).mockResolvedValueOnce([row('vInner', 'fInner', inner)]);
    const index = await flowVersionIndex('with-subflows');
    expect(findMany).toHaveBeenCalledTimes(2);
    expect(index?.targetOf('mid--in--pick', '1')).toBe('end');
  });

  it('refuses to index a version whose subflow’s version is gone', async () => {
    findUnique.mockResolvedValue({ document: doc([start(), subflow('s', 'gone', [], [], 'f')], [e('start', 'next', 's')]), flowId: 'fTop' });
    findMany.mockResolvedValue([]);
    await expect(flowVersionIndex('broken')).rejects.toThrow('cannot run: Subflow "s": the flow version it runs no longer exists');
  });
});
