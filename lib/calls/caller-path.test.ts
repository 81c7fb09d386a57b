import { describe, expect, it } from 'vitest';
import { callerPath, stepNumbers, waypoints, type PathDocument, type PathEvent } from './caller-path';

// start → greet → menu; menu 1 → sales (transfer, waits) → bye; menu 2 → hours → bye; noInput → menu.
const document: PathDocument = {
  nodes: [
    { id: 'start', kind: 'start' },
    { id: 'greet', kind: 'say' },
    { id: 'menu', kind: 'menu' },
    { id: 'sales', kind: 'transfer' },
    { id: 'hours', kind: 'say' },
    { id: 'bye', kind: 'hangup' },
  ],
  edges: [
    { id: 'e1', source: 'start', sourceHandle: 'next', target: 'greet' },
    { id: 'e2', source: 'greet', sourceHandle: 'next', target: 'menu' },
    { id: 'e3', source: 'menu', sourceHandle: '1', target: 'sales' },
    { id: 'e4', source: 'menu', sourceHandle: '2', target: 'hours' },
    { id: 'e5', source: 'sales', sourceHandle: 'next', target: 'bye' },
    { id: 'e6', source: 'hours', sourceHandle: 'next', target: 'bye' },
    { id: 'e7', source: 'menu', sourceHandle: 'noInput', target: 'menu' },
  ],
};

const waitAt = (nodeId: string) => ({ clientActionId: `version-1:${nodeId}`, callflow: [] });
const ending = { callflow: [{ action: 'hangup' }] };
const event = (nodeId: string | null, dtmf: string | null, reply: unknown): PathEvent => ({ nodeId, dtmf, reply });

describe('waypoints', () => {
  it('merges a VCA resuming the node the previous reply waited at', () => {
    expect(waypoints([event(null, null, waitAt('menu')), event('menu', '1', waitAt('sales'))])).toEqual([
      { nodeId: 'menu', digits: '1' },
      { nodeId: 'sales', digits: null },
    ]);
  });

  it('ignores replies that are not ours and events without a node', () => {
    expect(waypoints([event(null, null, { clientActionId: 'garbage' }), event(null, null, null)])).toEqual([]);
  });
});

describe('callerPath', () => {
  it('walks from Start through the menu branch of the digits to the end', () => {
    const path = callerPath(document, [event(null, null, waitAt('menu')), event('menu', '2', ending)], true);
    expect(path.visits).toEqual(['start', 'greet', 'menu', 'hours', 'bye']);
    expect(path.edges).toEqual(['e1', 'e2', 'e4', 'e6']);
    expect(path.digits).toEqual([{ nodeId: 'menu', digits: '2' }]);
  });

  it('follows waiting nodes in order, a node visited twice included', () => {
    const events = [event(null, null, waitAt('menu')), event('menu', null, waitAt('menu')), event('menu', '1', waitAt('sales')), event('sales', null, ending)];
    const path = callerPath(document, events, true);
    expect(path.visits).toEqual(['start', 'greet', 'menu', 'menu', 'sales', 'bye']);
    expect(path.edges).toEqual(['e1', 'e2', 'e7', 'e3', 'e5']);
  });

  it('stops at the waiting node of a call still live', () => {
    const path = callerPath(document, [event(null, null, waitAt('menu'))], false);
    expect(path.visits).toEqual(['start', 'greet', 'menu']);
  });

  it('keeps a node the graph cannot reach, without an edge', () => {
    const path = callerPath(document, [event(null, null, waitAt('ghost'))], false);
    expect(path.visits).toEqual(['start', 'ghost']);
    expect(path.edges).toEqual([]);
  });

  it('draws nothing for a call without events', () => {
    expect(callerPath(document, [], true)).toEqual({ visits: [], edges: [], digits: [] });
  });
});

describe('stepNumbers', () => {
  it('numbers each visit from 1', () => {
    expect(stepNumbers(['start', 'menu', 'menu', 'bye'])).toEqual(
      new Map([
        ['start', [1]],
        ['menu', [2, 3]],
        ['bye', [4]],
      ]),
    );
  });
});
