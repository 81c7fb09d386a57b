import { describe, expect, it } from 'vitest';
import { doc, e, hangup, menu, say, start, transfer } from '@/lib/flow/testing/builders';
import { buildFlowOverlay, imbalance, type OverlayRows } from './flow-overlay';

// Laying aggregated rows on a version's graph. Whole calls, through the real SQL, are in
// lib/server/analytics/flow-overlay-sql.test.ts.

const flow = doc(
  [start(), menu('main', ['1', '2']), transfer('agent', '+6531589338'), say('sorry', 'Sorry'), hangup('bye')],
  [e('start', 'next', 'main'), e('main', '1', 'agent'), e('main', 'invalid', 'sorry'), e('sorry', 'next', 'main'), e('agent', 'after', 'bye')],
);

const rows = (over: Partial<OverlayRows> = {}): OverlayRows => ({ walked: [], resumed: [], stopped: [], ...over });
const nodeOf = (overlay: ReturnType<typeof buildFlowOverlay>, id: string) => overlay.nodes.find((n) => n.nodeId === id)!;

describe('buildFlowOverlay', () => {
  it('lists every node of the version with zeros when there were no calls, and is balanced', () => {
    const overlay = buildFlowOverlay(flow, rows());
    expect(overlay.nodes.map((n) => n.nodeId)).toEqual(['start', 'main', 'agent', 'sorry', 'bye']);
    expect(overlay.balanced).toBe(true);
    expect(nodeOf(overlay, 'main')).toEqual({
      nodeId: 'main',
      kind: 'menu',
      visits: 0,
      exits: [
        { output: '1', count: 0, edgeId: 'main-1-agent', target: 'agent' },
        { output: '2', count: 0, edgeId: null, target: null },
        { output: 'noInput', count: 0, edgeId: null, target: null },
        { output: 'invalid', count: 0, edgeId: 'main-invalid-sorry', target: 'sorry' },
      ],
      ended: 0,
      inProgress: 0,
      dropOff: { hangUps: 0, noInput: 0, invalid: 0 },
    });
    expect(nodeOf(overlay, 'bye')).toMatchObject({ kind: 'hangup', exits: [], dropOff: null });
  });

  it('counts walked outputs and callbacks as exits, the empty output only as a visit', () => {
    const overlay = buildFlowOverlay(
      flow,
      rows({
        walked: [
          { nodeId: 'start', output: 'next', count: 3 },
          { nodeId: 'main', output: '', count: 4 },
          { nodeId: 'sorry', output: 'next', count: 1 },
        ],
        resumed: [
          { nodeId: 'main', output: 'invalid', count: 1 },
          { nodeId: 'main', output: '1', count: 1 },
          { nodeId: 'main', output: 'noInput', count: 1 },
          { nodeId: 'agent', output: 'after', count: 1 },
        ],
        stopped: [{ nodeId: 'main', ended: true, count: 1 }],
      }),
    );
    const main = nodeOf(overlay, 'main');
    expect(main.visits).toBe(4);
    expect(Object.fromEntries(main.exits.map((x) => [x.output, x.count]))).toEqual({ '1': 1, '2': 0, noInput: 1, invalid: 1 });
    expect(main).toMatchObject({ ended: 1, inProgress: 0, dropOff: { hangUps: 1, noInput: 1, invalid: 1 } });
    expect(nodeOf(overlay, 'start')).toMatchObject({ visits: 3, exits: [{ output: 'next', count: 3, edgeId: 'start-next-main' }] });
    // agent was resumed from without an arrival: not balanced, and the overlay says so.
    expect(overlay.balanced).toBe(false);
  });

  it('keeps live calls apart from ended ones', () => {
    const overlay = buildFlowOverlay(
      flow,
      rows({
        walked: [{ nodeId: 'agent', output: '', count: 3 }],
        stopped: [
          { nodeId: 'agent', ended: false, count: 2 },
          { nodeId: 'agent', ended: true, count: 1 },
        ],
      }),
    );
    expect(nodeOf(overlay, 'agent')).toMatchObject({ visits: 3, ended: 1, inProgress: 2, dropOff: null });
    expect(overlay.balanced).toBe(true);
  });

  it('appends outputs the version does not name and nodes it lacks, so nothing counted is dropped', () => {
    const overlay = buildFlowOverlay(
      flow,
      rows({
        walked: [
          { nodeId: 'ghost', output: 'next', count: 2 },
          { nodeId: 'main', output: '', count: 1 },
        ],
        resumed: [{ nodeId: 'main', output: '7', count: 1 }],
      }),
    );
    expect(nodeOf(overlay, 'main').exits.at(-1)).toEqual({ output: '7', count: 1, edgeId: null, target: null });
    expect(overlay.nodes.at(-1)).toEqual({
      nodeId: 'ghost',
      kind: null,
      visits: 2,
      exits: [{ output: 'next', count: 2, edgeId: null, target: null }],
      ended: 0,
      inProgress: 0,
      dropOff: null,
    });
    expect(overlay.balanced).toBe(true);
  });

  it('takes the edge the engine follows: the first one from an output, to a node that exists', () => {
    const twice = doc(
      [start(), say('a', 'A'), say('b', 'B')],
      [
        { id: 'to-nowhere', source: 'start', sourceHandle: 'next', target: 'missing' },
        { id: 'first', source: 'start', sourceHandle: 'next', target: 'a' },
        { id: 'second', source: 'start', sourceHandle: 'next', target: 'b' },
      ],
    );
    expect(buildFlowOverlay(twice, rows()).nodes[0]!.exits).toEqual([{ output: 'next', count: 0, edgeId: 'first', target: 'a' }]);
  });
});

describe('imbalance', () => {
  it('is visits less exits, ended and in-progress calls', () => {
    const exits = [
      { output: '1', count: 2, edgeId: null, target: null },
      { output: '2', count: 3, edgeId: null, target: null },
    ];
    expect(imbalance({ visits: 10, exits, ended: 4, inProgress: 1 })).toBe(0);
    expect(imbalance({ visits: 9, exits, ended: 4, inProgress: 1 })).toBe(-1);
    expect(imbalance({ visits: 12, exits, ended: 4, inProgress: 1 })).toBe(2);
  });
});
