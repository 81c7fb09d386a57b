import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { caller, createFlow, publish, routeNumber, sendSummary as summary, uniqueNumber } from '../support/api';

// The call history's sort, its version and 8x8-error filters, and the streamed CSV export.

type CallRow = { id: string; caller: string | null; finalStatus: string | null; errorCode: number | null; flowVersion: { version: number } | null };
type CallPage = { calls: CallRow[]; total: number; sort: string; order: string };

async function listCalls(request: APIRequestContext, query: Record<string, string | number>): Promise<CallPage> {
  const response = await request.get('/api/calls', { params: query });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as CallPage;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

test.describe('GET /api/calls sort and new filters', () => {
  test('sorts by duration and by start, both ways', async ({ request }) => {
    const number = uniqueNumber();
    const base = Date.now() - 3_600_000;
    const short = await summary(request, { caller: number, start: new Date(base), seconds: 5 });
    const long = await summary(request, { caller: number, start: new Date(base + 1000), seconds: 90 });
    const middle = await summary(request, { caller: number, start: new Date(base + 2000), seconds: 30 });

    const ids = async (sort: string, order: string) => (await listCalls(request, { number, sort, order })).calls.map((c) => c.id);
    expect(await ids('duration', 'desc')).toEqual([long, middle, short]);
    expect(await ids('duration', 'asc')).toEqual([short, middle, long]);
    expect(await ids('startedAt', 'asc')).toEqual([short, long, middle]);
    expect(await ids('startedAt', 'desc')).toEqual([middle, long, short]);
    // The default stays newest first.
    expect((await listCalls(request, { number })).calls.map((c) => c.id)).toEqual([middle, long, short]);
  });

  test('finds a number by its start or its end, with or without + and separators', async ({ request }) => {
    const number = uniqueNumber(); // +659 and 7 digits
    const sessionId = await summary(request, { caller: number, start: new Date(), seconds: 4 });
    const found = async (search: string) => (await listCalls(request, { number: search })).calls.map((c) => c.id);

    const digits = number.slice(1);
    const spaced = `+${digits.slice(0, 2)} ${digits.slice(2, 6)}-${digits.slice(6)}`;
    for (const search of [number, digits, spaced, `(${digits.slice(0, 2)}) ${digits.slice(2)}`]) {
      expect(await found(search), search).toEqual([sessionId]);
    }
    // The last digits, as a caller reads them out; more calls may share them.
    expect(await found(number.slice(-7))).toContain(sessionId);
    // Digits from the middle match neither end.
    expect(await found(number.slice(3, 8))).not.toContain(sessionId);

    const response = await request.get('/api/calls', { params: { number: '65-CALL-NOW' } });
    expect(response.status()).toBe(422);
    expect(((await response.json()) as { error: string }).error).toContain('number must be digits');
  });

  test('refuses a sort key or order off the list with 422', async ({ request }) => {
    const invalid: Array<Record<string, string>> = [{ sort: 'id; DROP TABLE call_session' }, { sort: 'startedAt', order: 'sideways' }, { errorCode: 'abc' }, { version: '0' }];
    for (const params of invalid) {
      const response = await request.get('/api/calls', { params });
      expect(response.status(), JSON.stringify(params)).toBe(422);
      expect(((await response.json()) as { error: string }).error).toMatch(/sort|order|errorCode|version/);
    }
  });

  test('filters by 8x8 error code', async ({ request }) => {
    const number = uniqueNumber();
    const failed = await summary(request, { caller: number, start: new Date(), seconds: 1, status: 'ERROR', errorCode: -2003 });
    await summary(request, { caller: number, start: new Date(), seconds: 1 });
    const page = await listCalls(request, { number, errorCode: -2003 });
    expect(page.calls.map((c) => c.id)).toEqual([failed]);
    expect(page.calls[0]).toMatchObject({ errorCode: -2003, finalStatus: 'ERROR' });
    expect((await listCalls(request, { number, errorCode: -2010 })).total).toBe(0);
  });

  test('filters by flow version', async ({ request }) => {
    const flowId = await createFlow(request, { template: 'simple-ivr' });
    await publish(request, flowId);
    const destination = await routeNumber(request, flowId);
    const first = caller(request, { destination });
    await first.dial();
    await publish(request, flowId);
    const second = caller(request, { destination });
    await second.dial();

    const v1 = await listCalls(request, { flowId, version: 1 });
    expect(v1.calls.map((c) => c.id)).toEqual([first.sessionId]);
    const v2 = await listCalls(request, { flowId, version: '2' });
    expect(v2.calls.map((c) => c.id)).toEqual([second.sessionId]);
    expect((await listCalls(request, { flowId })).total).toBe(2);
  });
});

test.describe('GET /api/calls/export.csv', () => {
  test('streams the filtered set as CSV, escaping commas and quotes', async ({ request }) => {
    const name = `Sales, "VIP" ${randomUUID().slice(0, 6)}`;
    const flowId = await createFlow(request, { template: 'simple-ivr', name });
    await publish(request, flowId);
    const destination = await routeNumber(request, flowId);
    const calls = [caller(request, { destination, source: uniqueNumber() }), caller(request, { destination, source: uniqueNumber() })];
    for (const call of calls) await call.dial();

    const response = await request.get('/api/calls/export.csv', { params: { flowId } });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    expect(response.headers()['content-disposition']).toMatch(/attachment; filename="calls-.*\.csv"/);
    const text = await response.text();
    expect(text).toContain(`"Sales, ""VIP"" `);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(['session_id', 'started_at', 'ended_at', 'duration_s', 'direction', 'caller', 'dialed', 'flow', 'flow_version', 'status', 'final_status', 'error_code', 'error_meaning']);
    expect(rows.map((r) => r[0]).sort()).toEqual(calls.map((c) => c.sessionId).sort());
    // Numbers start with "+", so they are written as text ("'+65…": OWASP's CSV injection advice).
    for (const row of rows) expect(row).toMatchObject({ 4: 'INBOUND', 6: `'${destination}`, 7: name, 8: '1' });
  });

  test('lists newest first, keeps rows that tie on started_at, and takes the same filters as the list', async ({ request }) => {
    const number = uniqueNumber();
    const base = Date.now() - 7_200_000;
    const ids: string[] = [];
    // Two with the same start time: the cursor's tie-break on id must keep both.
    for (const offset of [0, 0, 1000, 2000]) ids.push(await summary(request, { caller: number, start: new Date(base + offset), seconds: 3 }));
    const text = await (await request.get('/api/calls/export.csv', { params: { number } })).text();
    const rows = parseCsv(text).slice(1);
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(ids));
    const started = rows.map((r) => r[1] ?? '');
    expect([...started].sort().reverse()).toEqual(started);
    expect(rows.every((r) => r[3] === '3' && r[5] === `'${number}`)).toBe(true);

    const none = await (await request.get('/api/calls/export.csv', { params: { number, status: 'BUSY' } })).text();
    expect(parseCsv(none)).toHaveLength(1);
    expect((await request.get('/api/calls/export.csv', { params: { status: 'maybe' } })).status()).toBe(422);
  });
});
