import { expect, type APIRequestContext } from '@playwright/test';
import type { TranscriptEntry } from '@/lib/sandbox/engine/types';

// Helpers for the sandbox's control API (/sandbox/api/...).

/** Fast enough for a suite, slow enough that timeouts still order as on a real call. */
export const testSpeed = 0.02;
export const sandboxNumbers = ['+6568332048', '+6561115777'] as const;

export type ScriptedResult = { sessionId: string; outcome: string | null; transcript: TranscriptEntry[] };
export type CallView = ScriptedResult & { direction: string; from: string; to: string; status: string; waitingForDigits: boolean };

export async function scriptedCall(request: APIRequestContext, body: Record<string, unknown>): Promise<ScriptedResult> {
  const response = await request.post('/sandbox/api/scripted-calls', { data: { speed: testSpeed, ...body }, timeout: 70_000 });
  expect(response.status(), await response.text()).toBe(200);
  const result = (await response.json()) as ScriptedResult;
  expect(result.transcript.at(-1)).toMatchObject({ kind: 'ended', status: result.outcome });
  return result;
}

export const spoken = (t: TranscriptEntry[]) => t.filter((e) => e.kind === 'say' || e.kind === 'prompt').map((e) => e.text ?? '');
export const kinds = (t: TranscriptEntry[]) => t.map((e) => e.kind);
/** The digits of each VCA sent after a capture or a bridge, in order. */
export const vcaDigits = (t: TranscriptEntry[]) =>
  t
    .filter((e) => e.kind === 'webhook' && e.webhookType === 'VCA')
    .map((e) => (e.body as { payload: { callStatus: string; eventData: { dtmf: string | null } } }).payload)
    .filter((p) => p.callStatus === 'ACTION_COMPLETED')
    .map((p) => p.eventData.dtmf);

export async function sandboxCall(request: APIRequestContext, sessionId: string): Promise<CallView> {
  const response = await request.get(`/sandbox/api/calls/${sessionId}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as CallView;
}

export async function waitForEnd(request: APIRequestContext, sessionId: string): Promise<CallView> {
  await expect.poll(async () => (await sandboxCall(request, sessionId)).status, { timeout: 30_000, intervals: [50] }).toBe('ended');
  return sandboxCall(request, sessionId);
}
