import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createFlow, uniqueNumber } from '../support/api';

// Routing inbound numbers to flows over HTTP.

type NumberRow = { number: string; label: string | null; flow: { id: string; name: string } };

async function listNumbers(request: APIRequestContext): Promise<NumberRow[]> {
  const response = await request.get('/api/numbers');
  expect(response.status()).toBe(200);
  return ((await response.json()) as { numbers: NumberRow[] }).numbers;
}

const flowNumbers = async (request: APIRequestContext, flowId: string) =>
  ((await (await request.get(`/api/flows/${flowId}`)).json()) as { numbers: Array<{ number: string }> }).numbers.map((n) => n.number);

/** "+65 9123-4567"-style spelling of a +E.164 number. */
const spaced = (e164: string) => `${e164.slice(0, 3)} ${e164.slice(3, 7)}-${e164.slice(7)}`;

test('routes a number to a flow (201), normalized to +E.164', async ({ request }) => {
  const flowId = await createFlow(request, { template: 'simple-ivr' });
  const number = uniqueNumber();
  const response = await request.post('/api/numbers', { data: { number: spaced(number), flowId, label: 'Support line' } });
  expect(response.status(), await response.text()).toBe(201);
  expect(await response.json()).toEqual({ number, flowId, label: 'Support line' });
  expect(await flowNumbers(request, flowId)).toEqual([number]);
});

test('normalizes a number written without "+", as 8x8’s samples write them', async ({ request }) => {
  const flowId = await createFlow(request, { template: 'simple-ivr' });
  const number = uniqueNumber();
  const response = await request.post('/api/numbers', { data: { number: number.slice(1), flowId } });
  expect(response.status(), await response.text()).toBe(201);
  expect(((await response.json()) as { number: string }).number).toBe(number);
});

for (const bad of ['call me', '+0612345678', '12345', '+1234567890123456']) {
  test(`refuses the number "${bad}" with 422`, async ({ request }) => {
    const flowId = await createFlow(request, { template: 'simple-ivr' });
    const response = await request.post('/api/numbers', { data: { number: bad, flowId } });
    expect(response.status()).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(/^number: .*E\.164/);
    expect(await flowNumbers(request, flowId)).toEqual([]);
  });
}

test('refuses an unknown flow with 404 and routes nothing', async ({ request }) => {
  const number = uniqueNumber();
  const flowId = randomUUID();
  const response = await request.post('/api/numbers', { data: { number, flowId } });
  expect(response.status()).toBe(404);
  expect(((await response.json()) as { error: string }).error).toContain(flowId);
  expect((await listNumbers(request)).some((n) => n.number === number)).toBe(false);
});

test('refuses a body without flowId with 422', async ({ request }) => {
  const response = await request.post('/api/numbers', { data: { number: uniqueNumber() } });
  expect(response.status()).toBe(422);
  expect(((await response.json()) as { error: string }).error).toMatch(/flowId/);
});

test('re-routing a number moves it to the new flow', async ({ request }) => {
  const first = await createFlow(request, { template: 'simple-ivr' });
  const second = await createFlow(request, { template: 'restaurant' });
  const number = uniqueNumber();
  expect((await request.post('/api/numbers', { data: { number, flowId: first } })).status()).toBe(201);
  const moved = await request.post('/api/numbers', { data: { number: number.slice(1), flowId: second } });
  expect(moved.status(), await moved.text()).toBe(201);
  expect(await moved.json()).toMatchObject({ number, flowId: second });

  expect(await flowNumbers(request, first)).toEqual([]);
  expect(await flowNumbers(request, second)).toEqual([number]);
  const listed = (await listNumbers(request)).filter((n) => n.number === number);
  expect(listed).toEqual([expect.objectContaining({ number, flow: expect.objectContaining({ id: second }) })]);
});

test('lists routed numbers with their flows', async ({ request }) => {
  const flowId = await createFlow(request, { template: 'restaurant' });
  const numbers = [uniqueNumber(), uniqueNumber()].sort();
  for (const number of numbers) expect((await request.post('/api/numbers', { data: { number, flowId } })).status()).toBe(201);

  const mine = (await listNumbers(request)).filter((n) => n.flow.id === flowId);
  expect(mine.map((n) => n.number)).toEqual(numbers);
  expect(mine[0]?.flow.name).toEqual(expect.any(String));
});
