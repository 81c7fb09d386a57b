import { expect, test } from '@playwright/test';
import { publishedTemplate } from '../support/api';
import { act, createCampaign, dials, importContacts, numberBlock, script, type View } from '../support/campaigns';
import { ownActorHeaders } from '../support/own-token';
import { testServer } from '../support/test-server';

// GET /api/campaigns/{id}/stream: the campaign's view as server-sent events, sent again when
// it changes — the detail page's live counts. Read with fetch: Playwright's client waits for
// the end of a body, which an event stream never reaches.

type EventReader = { next: (name: string) => Promise<View>; close: () => void };

async function openStream(path: string, headers: Record<string, string>): Promise<{ status: number; body: string; reader: EventReader | null }> {
  const abort = new AbortController();
  const response = await fetch(new URL(path, testServer.baseUrl), { headers: { Accept: 'text/event-stream', ...headers }, signal: abort.signal });
  if (!response.ok) return { status: response.status, body: await response.text(), reader: null };
  expect(response.headers.get('content-type')).toBe('text/event-stream');
  const bytes = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  const next = async (name: string): Promise<View> => {
    for (;;) {
      const end = buffered.indexOf('\n\n');
      if (end >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const lines = block.split('\n');
        if (lines[0] === `event: ${name}`) return JSON.parse(lines.find((l) => l.startsWith('data: '))!.slice(6)) as View;
        continue;
      }
      const chunk = await bytes.read();
      if (chunk.done) throw new Error('the stream ended');
      buffered += decoder.decode(chunk.value, { stream: true });
    }
  };
  return { status: response.status, body: '', reader: { next, close: () => abort.abort() } };
}

test('sends the campaign view, then a changed view after each dial; a stranger gets 401 and an unknown campaign 404', async ({ request }) => {
  test.setTimeout(90_000);
  const headers = await ownActorHeaders(request, 'viewer');
  const { flowId } = await publishedTemplate(request, 'simple-ivr');
  const block = numberBlock();
  const numbers = Array.from({ length: 3 }, (_, i) => block.number(i));
  await script(request, numbers.map((number) => ({ number, answers: ['answer'] })));
  const id = await createCampaign(request, flowId, { callsPerSecond: 1 });
  await importContacts(request, id, ['number', ...numbers].join('\n'));

  const stranger = await openStream(`/api/campaigns/${id}/stream`, {});
  expect(stranger.status).toBe(401);
  const unknown = await openStream('/api/campaigns/no-such-campaign/stream', headers);
  expect(unknown.status, unknown.body).toBe(404);
  expect(JSON.parse(unknown.body)).toMatchObject({ error: expect.stringContaining('No campaign with id no-such-campaign') });

  const { status, body, reader } = await openStream(`/api/campaigns/${id}/stream`, headers);
  expect(status, body).toBe(200);
  try {
    const first = await reader!.next('view');
    expect(first).toMatchObject({ id, status: 'DRAFT', dialed: 0, contacts: 3 });
    await act(request, id, 'run');
    let latest = await reader!.next('view');
    while (latest.dialed === 0) latest = await reader!.next('view');
    expect(latest.status).toBe('RUNNING');
    expect(latest.dialed).toBeGreaterThanOrEqual(1);
    expect((await dials(request, block.prefix)).length).toBeGreaterThanOrEqual(latest.dialed);
    while (latest.status !== 'DONE') latest = await reader!.next('view');
    expect(latest).toMatchObject({ dialed: 3, counts: { COMPLETED: 3, WAITING: 0, DIALING: 0 } });
  } finally {
    reader!.close();
  }
});
