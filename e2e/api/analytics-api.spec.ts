import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Analytics } from '@/lib/analytics/analytics-query';
import { qualityLabel } from '@/lib/eightbyeight/status-codes';
import { getCall, publishedTemplate, sendSummary, uniqueNumber } from '../support/api';
import { sandboxNumbers, scriptedCall } from '../support/sandbox';

// The dashboard's endpoint against calls made through the sandbox into the real
// webhooks: a fresh flow, calls with known outcomes, the figures for that flow exactly.

async function analytics(request: APIRequestContext, params: Record<string, string>): Promise<Analytics> {
  const response = await request.get('/api/analytics', { params });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Analytics;
}

/** The p-th percentile with linear interpolation, as PostgreSQL's percentile_cont. */
function percentileCont(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

test('the figures for one flow count exactly the calls made on it', async ({ request }) => {
  const from = new Date(Date.now() - 60_000).toISOString();
  const { flowId, number } = await publishedTemplate(request, 'simple-ivr');
  const results = await Promise.all([
    scriptedCall(request, { to: number, digits: ['1'] }),
    scriptedCall(request, { to: number, digits: ['9', '1'] }),
    scriptedCall(request, { flowId, from: sandboxNumbers[1], digits: ['1'], outcome: 'BUSY' }),
    // Callbacks: an inbound call never answered sends no VCA, so its session names no flow.
    scriptedCall(request, { flowId, from: sandboxNumbers[1], digits: [], outcome: 'NO_ANSWER' }),
  ]);
  expect(results.map((r) => r.outcome)).toEqual(['COMPLETED', 'COMPLETED', 'BUSY', 'NO_ANSWER']);
  const stored = await Promise.all(
    results.map(async (r) => {
      await expect.poll(async () => (await getCall(request, r.sessionId)).session.finalStatus, { timeout: 10_000 }).not.toBeNull();
      return getCall(request, r.sessionId);
    }),
  );
  const to = new Date(Date.now() + 60_000).toISOString();

  const data = await analytics(request, { from, to, flowId });
  expect(data).toMatchObject({ flowId, bucket: 'hour' });
  expect(data.totals).toEqual({ calls: 4, completed: 2, inProgress: 0, ended: 4 });
  expect(Object.fromEntries(data.outcomes.map((o) => [o.status, o.count]))).toEqual({ COMPLETED: 2, BUSY: 1, NO_ANSWER: 1 });
  expect(data.outcomes.find((o) => o.status === 'BUSY')).toMatchObject({ label: 'busy', meaning: 'The number called was busy.' });
  expect(data.perBucket.reduce((sum, b) => sum + b.calls, 0)).toBe(4);
  expect(data.perBucket.reduce((sum, b) => sum + b.completed, 0)).toBe(2);

  const mosValues = stored.flatMap((c) => c.legs.map((l) => l.mos)).filter((m): m is number => typeof m === 'number');
  expect(mosValues.length).toBeGreaterThan(0);
  expect(data.mos.legs).toBe(mosValues.length);
  expect(data.quality.good + data.quality.fair + data.quality.poor).toBe(mosValues.length);
  for (const label of ['good', 'fair', 'poor'] as const) {
    expect(data.quality[label]).toBe(mosValues.filter((m) => qualityLabel(m) === label).length);
  }
  expect(data.mos.average).toBeCloseTo(mosValues.reduce((a, b) => a + b, 0) / mosValues.length, 6);

  const seconds = stored.map((c) => (Date.parse(String(c.session.endedAt)) - Date.parse(String(c.session.startedAt))) / 1000);
  const percentile = (p: number) => data.duration.percentiles.find((x) => x.percentile === p)?.seconds;
  expect(data.duration.average).toBeCloseTo(seconds.reduce((a, b) => a + b, 0) / seconds.length, 3);
  // Percentiles are taken over durations in whole seconds (the daily rollup keeps a histogram).
  const whole = seconds.map((s) => Math.round(s));
  expect(percentile(50)).toBeCloseTo(percentileCont(whole, 0.5), 6);
  expect(percentile(90)).toBeCloseTo(percentileCont(whole, 0.9), 6);
});

test('a flow with no calls: zero everywhere, every bucket present', async ({ request }) => {
  const { flowId } = await publishedTemplate(request, 'simple-ivr');
  const data = await analytics(request, { from: '2026-01-01T00:00:00Z', to: '2026-01-03T00:00:00Z', flowId });
  expect(data.totals).toEqual({ calls: 0, completed: 0, inProgress: 0, ended: 0 });
  expect(data.outcomes).toEqual([]);
  expect(data.quality).toEqual({ good: 0, fair: 0, poor: 0 });
  expect(data.mos).toEqual({ average: null, legs: 0 });
  expect(data.duration.average).toBeNull();
  expect(data.bucket).toBe('hour');
  expect(data.perBucket).toHaveLength(48);
  expect(data.perBucket[0]).toEqual({ start: '2026-01-01T00:00:00.000Z', calls: 0, completed: 0 });

  const daily = await analytics(request, { from: '2026-01-01', to: '2026-01-31', flowId });
  expect(daily.bucket).toBe('day');
  expect(daily.perBucket).toHaveLength(30);
});

test('without from and to: the last 7 days', async ({ request }) => {
  const data = await analytics(request, {});
  expect(Date.parse(data.to) - Date.parse(data.from)).toBe(7 * 24 * 3_600_000);
  expect(data.bucket).toBe('day');
});

for (const [name, params, message] of [
  ['an unreadable from', { from: 'yesterday-ish' }, /from must be a date/],
  ['from after to', { from: '2026-02-01', to: '2026-01-01' }, /from must be before to/],
  ['a period over 366 days', { from: '2020-01-01', to: '2026-01-01' }, /at most 366 days/],
  ['an empty flowId', { flowId: '' }, /flowId must not be empty/],
] as const) {
  test(`422 for ${name}`, async ({ request }) => {
    const response = await request.get('/api/analytics', { params });
    expect(response.status()).toBe(422);
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });
}

test('whole past days come from the daily rollup, and a late summary for one of them is counted', async ({ request }) => {
  const { flowId, number } = await publishedTemplate(request, 'simple-ivr');
  const day = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()) - 3 * 86_400_000;
  const at = (hour: number) => new Date(day + hour * 3_600_000);
  const calls = [
    { start: at(9), seconds: 20 },
    { start: at(9.5), seconds: 41 },
    { start: at(17), seconds: 65, status: 'NO_ANSWER' },
  ];
  for (const call of calls) await sendSummary(request, { caller: uniqueNumber(), destination: number, ...call });

  // Four days back to now: the three whole past days are read from the rollup (computed
  // now), the partial first day and today from the sessions.
  const period = { from: new Date(day - 86_400_000 + 3_600_000).toISOString(), to: new Date().toISOString(), flowId };
  const first = await analytics(request, period);
  expect(first.totals).toEqual({ calls: 3, completed: 2, inProgress: 0, ended: 3 });
  expect(Object.fromEntries(first.outcomes.map((o) => [o.status, o.count]))).toEqual({ COMPLETED: 2, NO_ANSWER: 1 });
  expect(first.duration.average).toBeCloseTo((20 + 41 + 65) / 3, 6);
  expect(first.duration.percentiles.find((p) => p.percentile === 50)?.seconds).toBe(41);
  expect(first.perBucket.find((b) => b.start === new Date(day).toISOString())).toEqual({ start: new Date(day).toISOString(), calls: 3, completed: 2 });

  // The same day read from the sessions alone (a period inside it) agrees.
  const inside = await analytics(request, { from: at(1).toISOString(), to: at(23).toISOString(), flowId });
  expect(inside.totals).toEqual(first.totals);
  expect(inside.duration).toEqual(first.duration);

  // A summary arriving late for that day replaces the stored rollup.
  await sendSummary(request, { caller: uniqueNumber(), destination: number, start: at(12), seconds: 100, status: 'BUSY' });
  const second = await analytics(request, period);
  expect(second.totals).toEqual({ calls: 4, completed: 2, inProgress: 0, ended: 4 });
  expect(Object.fromEntries(second.outcomes.map((o) => [o.status, o.count]))).toEqual({ COMPLETED: 2, NO_ANSWER: 1, BUSY: 1 });
  expect(second.duration.average).toBeCloseTo((20 + 41 + 65 + 100) / 4, 6);
});
