import { describe, expect, it } from 'vitest';
import { callerPath, stepNumbers, walkedPath, waypoints, type PathDocument, type PathEvent } from './caller-path';

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

describe('walkedPath (events that stored their walk)', () => {
  // Start → check (business hours): open → menu; closed → closedMsg → menu. menu 1 → bye; invalid → sorry → menu.
  const hours: PathDocument = {
    nodes: [
      { id: 'start', kind: 'start' },
      { id: 'check', kind: 'businessHours' },
      { id: 'closedMsg', kind: 'say' },
      { id: 'menu', kind: 'menu' },
      { id: 'sorry', kind: 'say' },
      { id: 'bye', kind: 'hangup' },
    ],
    edges: [
      { id: 'h1', source: 'start', sourceHandle: 'next', target: 'check' },
      { id: 'h2', source: 'check', sourceHandle: 'open', target: 'menu' },
      { id: 'h3', source: 'check', sourceHandle: 'closed', target: 'closedMsg' },
      { id: 'h4', source: 'closedMsg', sourceHandle: 'next', target: 'menu' },
      { id: 'h5', source: 'menu', sourceHandle: '1', target: 'bye' },
      { id: 'h6', source: 'menu', sourceHandle: 'invalid', target: 'sorry' },
      { id: 'h7', source: 'sorry', sourceHandle: 'next', target: 'menu' },
    ],
  };
  const walked = (nodeId: string | null, dtmf: string | null, reply: unknown, walk: Array<[string, string]>, resumedOutput: string | null = null): PathEvent => ({
    ...event(nodeId, dtmf, reply),
    walkedNodes: walk.map(([node]) => node),
    walkedOutputs: walk.map(([, output]) => output),
    resumedOutput,
  });
  const arrived = walked('start', null, waitAt('menu'), [
    ['start', 'next'],
    ['check', 'closed'],
    ['closedMsg', 'next'],
    ['menu', ''],
  ]);

  it('follows the branches taken, where the shortest way would guess another', () => {
    const events = [arrived, walked('menu', '9', waitAt('menu'), [['sorry', 'next'], ['menu', '']], 'invalid'), walked('menu', '1', ending, [['bye', '']], '1')];
    const path = callerPath(hours, events, true);
    expect(path).toEqual({
      visits: ['start', 'check', 'closedMsg', 'menu', 'sorry', 'menu', 'bye'],
      edges: ['h1', 'h3', 'h4', 'h6', 'h7', 'h5'],
      digits: [
        { nodeId: 'menu', digits: '9' },
        { nodeId: 'menu', digits: '1' },
      ],
    });
    const strip = events.map(({ nodeId, dtmf, reply }) => ({ nodeId, dtmf, reply }));
    expect(callerPath(hours, strip, true).edges).toContain('h2'); // the reconstruction guesses "open"
  });

  it('stops where a live call waits, and draws no edge for a branch that leads nowhere', () => {
    expect(walkedPath(hours, [arrived])?.visits).toEqual(['start', 'check', 'closedMsg', 'menu']);
    const ended = walkedPath(hours, [arrived, walked('menu', null, ending, [], 'noInput')]);
    expect(ended).toEqual({ visits: ['start', 'check', 'closedMsg', 'menu'], edges: ['h1', 'h3', 'h4'], digits: [] });
  });

  it('ignores apologies and summaries, which move nothing', () => {
    const path = walkedPath(hours, [arrived, event(null, '5', ending), event(null, null, null)]);
    expect(path?.visits).toEqual(['start', 'check', 'closedMsg', 'menu']);
  });

  it('falls back to the reconstruction when an event that moved the call has no walk (stored before walks were)', () => {
    const old = event('menu', '1', ending);
    expect(walkedPath(hours, [arrived, old])).toBeNull();
    expect(walkedPath(hours, [])).toBeNull();
    expect(callerPath(hours, [arrived, old], true).edges).toEqual(['h1', 'h2', 'h5']);
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
