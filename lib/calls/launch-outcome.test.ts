import { describe, expect, it } from 'vitest';
import { launchOutcome } from './launch-outcome';

describe('launchOutcome', () => {
  it('names the session 8x8 created', () => {
    const outcome = launchOutcome('+6591234567', { ok: true, status: 201, data: { sessionId: 's-1', status: 'CREATED', mode: 'sandbox', callflow: [] } });
    expect(outcome).toEqual({ kind: 'created', sessionId: 's-1', mode: 'sandbox', words: 'Calling +6591234567 — 8x8 created session s-1' });
  });

  it('gives 8x8’s reason in words with its code', () => {
    const body = { error: '8x8 did not create the call: …', statusCode: -1014, statusMessage: 'Source / caller ID not allowed', meaning: 'source / caller ID not allowed', attemptId: 'a-1' };
    expect(launchOutcome('+6591234567', { ok: false, status: 422, message: body.error, body })).toEqual({
      kind: 'refused',
      statusCode: -1014,
      meaning: 'source / caller ID not allowed',
      attemptId: 'a-1',
      words: '8x8 refused: source / caller ID not allowed (-1014)',
    });
  });

  it('passes on our own refusals', () => {
    const outcome = launchOutcome('+6591234567', { ok: false, status: 409, message: 'Publish the flow first', body: { error: 'Publish the flow first' } });
    expect(outcome).toEqual({ kind: 'failed', words: 'Not called: Publish the flow first' });
  });
});
