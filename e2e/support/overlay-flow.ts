import { expect, type APIRequestContext } from '@playwright/test';
import type { FlowOverlay } from '@/lib/analytics/flow-overlay-query';
import { createFlow, getCall, publish, routeNumber } from './api';

// A small menu flow for the analytics overlay's specs: every kind of exit a menu has
// (options, invalid looping back, no input), so calls with known keys give known counts.

const voice = { voiceProfile: 'en-US-BenjaminRUS' };
const at = (x: number, y: number) => ({ x: x * 300, y: y * 220 });

export const overlayFlow = {
  schemaVersion: 1,
  nodes: [
    { id: 'start', kind: 'start', position: at(0, 0), data: {} },
    {
      id: 'main',
      kind: 'menu',
      position: at(1, 0),
      data: {
        promptMessage: 'Press 1 for news, 2 to leave.',
        ...voice,
        minDigits: 1,
        maxDigits: 1,
        digitTimeout: 5000,
        // Long enough that a test catches an interactive call waiting; one try, so no input is one timeout.
        overallTimeout: 30000,
        noOfTries: 1,
        options: [{ digits: '1' }, { digits: '2' }],
      },
    },
    { id: 'news', kind: 'say', position: at(2, 0), data: { text: 'No news today.', ...voice } },
    { id: 'sorry', kind: 'say', position: at(2, 1), data: { text: 'Sorry, that key does nothing.', ...voice } },
    { id: 'bye', kind: 'say', position: at(2, 2), data: { text: 'We did not hear you. Goodbye.', ...voice } },
    { id: 'end', kind: 'hangup', position: at(3, 0), data: {} },
  ],
  edges: [
    { id: 'start-main', source: 'start', sourceHandle: 'next', target: 'main' },
    { id: 'main-news', source: 'main', sourceHandle: '1', target: 'news' },
    { id: 'main-end', source: 'main', sourceHandle: '2', target: 'end' },
    { id: 'main-sorry', source: 'main', sourceHandle: 'invalid', target: 'sorry' },
    { id: 'sorry-main', source: 'sorry', sourceHandle: 'next', target: 'main' },
    { id: 'main-bye', source: 'main', sourceHandle: 'noInput', target: 'bye' },
    { id: 'news-end', source: 'news', sourceHandle: 'next', target: 'end' },
    { id: 'bye-end', source: 'bye', sourceHandle: 'next', target: 'end' },
  ],
};

/** The overlay flow, published and reached by a fresh number. */
export async function publishedOverlayFlow(request: APIRequestContext) {
  const flowId = await createFlow(request, { document: overlayFlow });
  const version = await publish(request, flowId);
  const number = await routeNumber(request, flowId);
  return { flowId, version, number };
}

/** Waits until the product has the session's summary (ended_at set). */
export async function summarized(request: APIRequestContext, sessionId: string) {
  await expect.poll(async () => (await getCall(request, sessionId)).session.finalStatus, { timeout: 15_000 }).not.toBeNull();
}

export async function flowOverlay(request: APIRequestContext, flowId: string, params: Record<string, string> = {}): Promise<FlowOverlay> {
  const response = await request.get(`/api/flows/${flowId}/analytics`, { params });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as FlowOverlay;
}

/** Per node: visits, exits by output, ended, in progress; and per edge id, its count. */
export function countsOf(overlay: FlowOverlay) {
  const nodes = Object.fromEntries(
    overlay.nodes.map((n) => [
      n.nodeId,
      { visits: n.visits, exits: Object.fromEntries(n.exits.map((x) => [x.output, x.count])), ended: n.ended, inProgress: n.inProgress },
    ]),
  );
  const edges = Object.fromEntries(overlay.nodes.flatMap((n) => n.exits.flatMap((x) => (x.edgeId ? [[x.edgeId, x.count] as const] : []))));
  return { nodes, edges };
}

/** Every node's visits are its exits plus the calls that ended or wait there. */
export function expectBalanced(overlay: FlowOverlay) {
  for (const node of overlay.nodes) {
    const exits = node.exits.reduce((sum, x) => sum + x.count, 0);
    expect(node.visits, `${node.nodeId}: visits = exits + ended + in progress`).toBe(exits + node.ended + node.inProgress);
  }
  expect(overlay.balanced).toBe(true);
}
