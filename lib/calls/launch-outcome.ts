import type { ApiResult } from '@/lib/http/call-api';

export type LaunchResponse = { sessionId: string; status: string; mode: 'live' | 'sandbox'; callflow: unknown[] };

export type LaunchOutcome =
  | { kind: 'created'; sessionId: string; mode: LaunchResponse['mode']; words: string }
  | { kind: 'refused'; statusCode: number; meaning: string; attemptId: string | null; words: string }
  | { kind: 'failed'; words: string };

/** POST /api/calls's answer in words: who is being called, or why not (8x8's reason, not a bare code). */
export function launchOutcome(destination: string, result: ApiResult<LaunchResponse>): LaunchOutcome {
  if (result.ok) {
    const { sessionId, mode } = result.data;
    return { kind: 'created', sessionId, mode, words: `Calling ${destination} — 8x8 created session ${sessionId}` };
  }
  const { statusCode, meaning, attemptId } = result.body;
  if (typeof statusCode === 'number' && typeof meaning === 'string') {
    return {
      kind: 'refused',
      statusCode,
      meaning,
      attemptId: typeof attemptId === 'string' ? attemptId : null,
      words: `8x8 refused: ${meaning} (${statusCode})`,
    };
  }
  return { kind: 'failed', words: `Not called: ${result.message}` };
}
