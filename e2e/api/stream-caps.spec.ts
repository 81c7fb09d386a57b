import { expect, test } from '@playwright/test';
import { publishedTemplate } from '../support/api';
import { createCampaign } from '../support/campaigns';
import { ownActorHeaders } from '../support/own-token';
import { testServer } from '../support/test-server';

// Server-sent event streams are capped per user or token: the attack is one actor
// opening streams until the server runs out of connections (each also holds a LISTEN
// subscriber or a sandbox call watcher).

const perActor = 5;

type Opened = { status: number; body: string; close: () => void };

/** Opens a stream with fetch (Playwright's client waits for the end of a body, which an SSE stream never reaches). */
async function openStream(path: string, headers: Record<string, string>): Promise<Opened> {
  const abort = new AbortController();
  const response = await fetch(new URL(path, testServer.baseUrl), { headers: { Accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const body = response.ok ? '' : await response.text();
  return { status: response.status, body, close: () => abort.abort() };
}

/** Opens `perActor` streams (each must be accepted), then one more. */
async function openAll(path: string, headers: Record<string, string>): Promise<{ open: Opened[]; refused: Opened }> {
  const open: Opened[] = [];
  for (let i = 0; i < perActor; i++) {
    const stream = await openStream(path, headers);
    expect(stream.status, `stream ${i + 1}: ${stream.body}`).toBe(200);
    open.push(stream);
  }
  return { open, refused: await openStream(path, headers) };
}
/** After a close the server frees the slot once it sees the connection go: retry until it has. */
async function reopens(path: string, headers: Record<string, string>): Promise<Opened> {
  let stream: Opened | undefined;
  await expect
    .poll(async () => {
      stream = await openStream(path, headers);
      if (stream.status !== 200) stream.close();
      return stream.status;
    }, { timeout: 10_000, intervals: [50, 100, 250] })
    .toBe(200);
  return stream!;
}

test(`GET /api/live/stream: the ${perActor + 1}th open stream of one actor is refused with 429; closing one frees its slot`, async ({ request }) => {
  const headers = await ownActorHeaders(request);
  const { open: streams, refused } = await openAll('/api/live/stream', headers);
  try {
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({ code: 'too_many_requests', error: expect.stringMatching(/already have 5 Live calls streams .* open/) });
    streams.shift()!.close();
    streams.push(await reopens('/api/live/stream', headers));
    expect((await openStream('/api/live/stream', headers)).status).toBe(429);
  } finally {
    for (const stream of streams) stream.close();
  }
});

test(`GET /sandbox/api/calls/{id}/events: the ${perActor + 1}th open stream of one actor is refused with 429; closing one frees its slot`, async ({ request }) => {
  const headers = await ownActorHeaders(request);
  const { number } = await publishedTemplate(request, 'simple-ivr');
  // An interactive call waits for keys, so its event stream stays open.
  const placed = await request.post('/sandbox/api/calls', { data: { direction: 'inbound', from: '+6591234567', to: number, party: { mode: 'interactive' } } });
  expect(placed.status(), await placed.text()).toBe(201);
  const { sessionId } = (await placed.json()) as { sessionId: string };
  const path = `/sandbox/api/calls/${sessionId}/events`;
  const { open: streams, refused } = await openAll(path, headers);
  try {
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({ code: 'too_many_requests', error: expect.stringMatching(/test call event streams/) });
    streams.shift()!.close();
    streams.push(await reopens(path, headers));
  } finally {
    for (const stream of streams) stream.close();
    await request.post(`/sandbox/api/calls/${sessionId}/hangup`);
  }
});

test(`GET /api/campaigns/{id}/stream: the ${perActor + 1}th open stream of one actor is refused with 429; closing one frees its slot`, async ({ request }) => {
  const headers = await ownActorHeaders(request);
  const { flowId } = await publishedTemplate(request, 'simple-ivr');
  const id = await createCampaign(request, flowId);
  const path = `/api/campaigns/${id}/stream`;
  const { open: streams, refused } = await openAll(path, headers);
  try {
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({ code: 'too_many_requests', error: expect.stringMatching(/already have 5 campaign streams/) });
    streams.shift()!.close();
    streams.push(await reopens(path, headers));
  } finally {
    for (const stream of streams) stream.close();
  }
});
