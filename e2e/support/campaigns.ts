import { randomInt } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { RetryPolicy } from '@/lib/campaigns/retry-policy';
import type { CampaignView } from '@/lib/server/campaigns/get-campaign';
import { sandboxNumbers } from './sandbox';

// Helpers for campaign specs: a block of numbers of their own, scripted answers in the
// sandbox, the campaign's API, and the sandbox's call log as the witness of dials.

export type Answer = 'answer' | 'busy' | 'no_answer' | 'failed' | 'opt_out' | 'trunk_full';
export type Dial = { sessionId: string; clientRequestId: string | null; destination: string; at: string; server: string };
export type View = Omit<CampaignView, 'series'> & { status: string; series: Array<{ at: string; dialed: number }> };

let blocksTaken = 0;

/**
 * Singapore mobile numbers +658WWBBNNN: a block of 1,000 that no other test of the run uses. Not
 * random: WW is the Playwright worker's index (unique within a run) and BB counts this worker's
 * blocks; other specs' numbers start +659 (support/api.ts), so the sandbox's call log for the
 * prefix holds this test's dials only.
 */
export function numberBlock() {
  const worker = String(test.info().workerIndex % 100).padStart(2, '0');
  const block = `+658${worker}${String(blocksTaken++ % 100).padStart(2, '0')}`;
  return { prefix: block, number: (i: number) => `${block}${String(i).padStart(3, '0')}` };
}

/** `digits`: what every answering party presses, in order (null: no input), e.g. ["1"]. */
export async function script(request: APIRequestContext, scripts: Array<{ number: string; answers: Answer[] }>, speed = 0.02, digits?: Array<string | null>) {
  const response = await request.post('/sandbox/api/scripts', { data: { scripts, speed, ...(digits && { digits }) } });
  expect(response.status(), await response.text()).toBe(201);
}

export async function dials(request: APIRequestContext, prefix: string, baseUrl = ''): Promise<Dial[]> {
  const response = await request.get(`${baseUrl}/sandbox/api/dials?prefix=${encodeURIComponent(prefix)}`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { dials: Dial[] }).dials;
}

export async function createCampaign(request: APIRequestContext, flowId: string, settings: Record<string, unknown> = {}): Promise<string> {
  const response = await request.post('/api/campaigns', {
    data: {
      name: `campaign ${randomInt(1e6)}`,
      flowId,
      callerId: sandboxNumbers[0],
      endAt: new Date(Date.now() + 3_600_000).toISOString(),
      hours: everyDay,
      callsPerSecond: 20,
      maxConcurrent: 40,
      ...settings,
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const allDay = { start: '00:00', end: '23:59' };
export const everyDay = { sun: allDay, mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay };

export type Imported = { rows: number; contacts: number; duplicates: number; invalid: Array<{ line: number; reason: string }>; invalidCount: number };

export async function importContacts(request: APIRequestContext, id: string, csv: string): Promise<Imported> {
  const response = await request.post(`/api/campaigns/${id}/contacts`, { headers: { 'Content-Type': 'text/csv' }, data: csv });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Imported;
}

export async function act(request: APIRequestContext, id: string, action: 'run' | 'pause' | 'resume' | 'cancel', baseUrl = '') {
  const response = await request.post(`${baseUrl}/api/campaigns/${id}/${action}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as { status: string; contacts: number };
}

export async function view(request: APIRequestContext, id: string): Promise<View> {
  const response = await request.get(`/api/campaigns/${id}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as View;
}

export async function waitForStatus(request: APIRequestContext, id: string, status: string, timeoutMs = 90_000): Promise<View> {
  let last: View | undefined;
  await expect
    .poll(async () => (last = await view(request, id)).status, { timeout: timeoutMs, intervals: [250] })
    .toBe(status);
  return last!;
}

export type AttemptRow = { attemptNo: number; dialedAt: string | null; outcome: string | null; detail: string | null; sessionId: string | null };
export type ContactAttempts = { number: string; state: string; attemptRows: AttemptRow[] };

/** Every contact of a campaign (up to 500) with its attempts, as the attempts API lists them. */
export async function attemptsOf(request: APIRequestContext, id: string, baseUrl = ''): Promise<ContactAttempts[]> {
  const response = await request.get(`${baseUrl}/api/campaigns/${id}/attempts?pageSize=500`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { contacts: ContactAttempts[] }).contacts;
}

/** What each scripted answer makes of an attempt, and the retry rule of each outcome that has one. */
const outcomeOfAnswer: Record<Answer, string> = { answer: 'completed', busy: 'busy', no_answer: 'no_answer', failed: 'failed', opt_out: 'opted_out', trunk_full: 'capacity' };
const ruleOfOutcome: Record<string, keyof RetryPolicy> = { busy: 'busy', no_answer: 'noAnswer', failed: 'failed', capacity: 'capacity', temporary_refusal: 'temporaryRefusal' };
const finalStateOf: Record<string, string> = { completed: 'COMPLETED', opted_out: 'OPTED_OUT', busy: 'BUSY', no_answer: 'NO_ANSWER', failed: 'FAILED', capacity: 'FAILED', temporary_refusal: 'REFUSED' };

/**
 * Each contact was called as the policy says, whatever the sandbox refused on the way (a 429
 * while it plays as many calls as it may is an attempt that made no call): every attempt but the
 * last ended in an outcome with a retry rule and the next came after that rule's delay; the last
 * ended the contact (answered or opted out, or its rule's attempts used up, counting every
 * attempt); every attempt that made a call is exactly one dial in the sandbox's log; and with
 * `scripts`, the calls were answered in the scripted order.
 */
export function expectPolicyFollowed(contacts: ContactAttempts[], log: Dial[], rules: RetryPolicy, scripts?: Map<string, Answer[]>) {
  const dialsOf = new Map<string, Dial[]>();
  for (const d of log) dialsOf.set(d.destination, [...(dialsOf.get(d.destination) ?? []), d]);
  for (const contact of contacts) {
    const rows = contact.attemptRows;
    const where = `${contact.number} (${JSON.stringify(rows.map((r) => r.outcome))})`;
    expect(rows.length, where).toBeGreaterThan(0);
    const made = rows.filter((r) => r.outcome !== 'temporary_refusal');
    expect(made.map((r) => r.sessionId).sort(), `${where}: attempts that made a call = the sandbox's dials`).toEqual((dialsOf.get(contact.number) ?? []).map((d) => d.sessionId).sort());
    rows.forEach((row, i) => {
      expect(row.attemptNo, where).toBe(i + 1);
      if (row.outcome === 'capacity') expect(row.detail, `${where}: 8x8's meaning`).toMatch(/^trunk capacity exceeded \(-2010\)$/);
      if (i === rows.length - 1) return;
      const rule = ruleOfOutcome[row.outcome ?? ''];
      expect(rule, `${where}: attempt ${i + 1} was retried`).toBeDefined();
      const gap = new Date(rows[i + 1]!.dialedAt!).getTime() - new Date(row.dialedAt!).getTime();
      expect(gap, `${where}: the retry waited the ${rule} delay`).toBeGreaterThanOrEqual(rules[rule!].delaySeconds * 1000);
      expect(i + 1, `${where}: attempt ${i + 1} was within the ${rule} rule's attempts`).toBeLessThan(rules[rule!].attempts);
    });
    const final = rows.at(-1)!;
    expect(contact.state, where).toBe(finalStateOf[final.outcome ?? '']);
    const rule = ruleOfOutcome[final.outcome ?? ''];
    if (rule) expect(rows.length, `${where}: given up only once the ${rule} rule's attempts were used`).toBeGreaterThanOrEqual(rules[rule].attempts);
    const script = scripts?.get(contact.number);
    if (script) expect(made.map((r) => r.outcome), `${where}: each call answered as scripted`).toEqual(made.map((_, i) => outcomeOfAnswer[script[Math.min(i, script.length - 1)]!]));
  }
}
