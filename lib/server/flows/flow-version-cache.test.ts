import { beforeEach, describe, expect, it, vi } from 'vitest';
import { doc, e, hangup, start } from '@/lib/flow/testing/builders';

const findUnique = vi.fn();
vi.mock('@/lib/db', () => ({ db: { flowVersion: { findUnique: (...args: unknown[]) => findUnique(...args) } } }));
const { flowVersionIndex, warmFlowVersion } = await import('./flow-version-cache');

const document = doc([start(), hangup('end')], [e('start', 'next', 'end')]);

beforeEach(() => {
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
});
