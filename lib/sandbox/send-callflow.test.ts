import { describe, expect, it } from 'vitest';
import { callflowResponse } from '@/lib/eightbyeight/api-schemas';
import { hasShared, readShared, sharedMissing } from '@/lib/testing/shared';
import { sendCallflow, type SandboxAccount } from './send-callflow';
import { maxActions } from './validate-callflow';

// The sandbox's Send Callflow end to end: every status code it answers, with the HTTP
// status, statusCode and statusMessage, in the shapes of 8x8's published responses.

const account: SandboxAccount = { subAccountId: 'sandbox', apiKey: 'sandbox-key', numbers: ['+6568332048', '+6561115777'] };
const bearer = 'Bearer sandbox-key';
const send = (body: unknown, request: { subAccountId?: string; authorization?: string | null } = {}) =>
  sendCallflow(account, { subAccountId: 'sandbox', authorization: bearer, body, ...request });

const makeCall = (params: Record<string, unknown> = {}) => ({
  action: 'makeCall',
  params: { source: '+6568332048', destination: '+6591234567', ...params },
});
const say = (params: Record<string, unknown> = {}) => ({ action: 'say', params: { text: 'Hello', voiceProfile: 'en-GB-Emma', ...params } });
const capture = (params: Record<string, unknown> = {}) => ({
  action: 'sayAndCapture',
  params: { promptMessage: 'Press one', voiceProfile: 'en-GB-Emma', ...params },
});
const flow = (...steps: unknown[]) => ({ callflow: [makeCall(), ...steps] });

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('sandbox Send Callflow', () => {
  it('1 Created (HTTP 200) with a new session and request id each time', () => {
    const first = send(flow(capture({ maxDigits: 1 })));
    const second = send(flow(say()));
    expect(first.httpStatus).toBe(200);
    expect(first.body).toEqual({
      sessionId: expect.stringMatching(uuid),
      sessionStatus: 'CREATED',
      callFlowRequestId: expect.stringMatching(uuid),
      statusCode: 1,
      statusMessage: 'Created',
    });
    expect(second.body).toMatchObject({ statusCode: 1 });
    expect('sessionId' in second.body && 'sessionId' in first.body && second.body.sessionId !== first.body.sessionId).toBe(true);
    expect(second.body.callFlowRequestId).not.toBe(first.body.callFlowRequestId);
  });

  it.each([
    ['missing', null],
    ['another key', 'Bearer wrong-key'],
    ['the key without "Bearer"', 'sandbox-key'],
    ['a lower-case scheme', 'bearer sandbox-key'],
  ])('401 when the bearer token is %s', (_what, authorization) => {
    const result = send(flow(say()), { authorization });
    expect(result.httpStatus).toBe(401);
    expect(result.body).toEqual({
      sessionStatus: 'NOT_CREATED',
      callFlowRequestId: expect.stringMatching(uuid),
      statusCode: 401,
      statusMessage: 'Authentication header not found or token invalid',
    });
  });

  it('401 comes before the subaccount and the body are looked at', () => {
    expect(send(undefined, { subAccountId: 'someone-else', authorization: null }).httpStatus).toBe(401);
  });

  it('404 for an unknown subaccount, naming it', () => {
    const result = send(flow(say()), { subAccountId: 'other-account' });
    expect(result.httpStatus).toBe(404);
    expect(result.body).toMatchObject({ sessionStatus: 'NOT_CREATED', statusCode: 404, statusMessage: 'SubAccount not found by Id : other-account' });
  });

  const longFlow = { callflow: [makeCall(), ...Array.from({ length: maxActions }, () => say())] };
  it.each([
    [-1001, 400, 'Invalid JSON request body', undefined],
    [-1002, 400, 'Speech profile or language parameter invalid', flow(say({ voiceProfile: 'xx-XX-Nobody' }))],
    [-1003, 400, 'Valid maxDigits required when minDigits provided', flow(capture({ minDigits: 2 }))],
    [-1005, 400, 'Valid overallTimeout is required when digitTimeout provided', flow(capture({ digitTimeout: 3000 }))],
    [-1006, 400, 'overallTimeout must exceed digitTimeout', flow(capture({ digitTimeout: 3000, overallTimeout: 2000 }))],
    [-1007, 400, '$.callflow[1].action should be one of: makeCall,say,playFile,sayAndCapture,hangup', flow({ action: 'record' })],
    [-1008, 400, 'Valid maxDigits is required when completeOnHash is false', flow(capture({ completeOnHash: false, maxDigits: 30 }))],
    [-1009, 400, 'Invalid call flow entry provided. $.callflow[1].params.repetition must be 1, 2 or 3', flow(say({ repetition: 9 }))],
    [-1010, 400, `Too many actions: at most ${maxActions}`, longFlow],
    [-1011, 400, 'Multiple destination numbers', flow(makeCall(), makeCall())],
    [-1012, 400, 'Incorrect use of hangup: it cannot follow sayAndCapture', flow(capture(), { action: 'hangup' })],
    [-1013, 422, 'Invalid Callflow : First action should be a MakeCall action', { callflow: [say(), makeCall()] }],
    [-1014, 400, 'Source / caller ID not allowed', { callflow: [makeCall({ source: '+6590000000' })] }],
    [-1015, 400, 'Validity period expired', { ...flow(say()), validUntil: '2020-01-01T00:00:00Z' }],
    [-1017, 400, 'Invalid MSISDN in destination', { callflow: [makeCall({ destination: '12' })] }],
  ])('%i (HTTP %i): %s', (statusCode, httpStatus, statusMessage, body) => {
    const result = send(body);
    expect(result.httpStatus).toBe(httpStatus);
    expect(result.body).toEqual({ sessionStatus: 'NOT_CREATED', callFlowRequestId: expect.stringMatching(uuid), statusCode, statusMessage });
  });

  it('accepts equal timeouts, as 8x8’s own guides send 10000/10000', () => {
    const result = send(flow(capture({ minDigits: 1, maxDigits: 1, digitTimeout: 10000, overallTimeout: 10000 })));
    expect(result.body).toMatchObject({ sessionStatus: 'CREATED', statusCode: 1 });
  });

  it('answers bodies the product’s own 8x8 client parses', () => {
    for (const result of [send(flow(say())), send(undefined), send(flow(say()), { authorization: null })]) {
      expect(callflowResponse.safeParse(result.body).success).toBe(true);
    }
  });
});

describe.skipIf(!hasShared)(`sandbox Send Callflow against 8x8’s published samples ${hasShared ? '' : `(${sharedMissing})`}`, () => {
  const keys = (value: unknown) => Object.keys(value as object).sort();

  it('creates a session for 8x8’s own Simple IVR request, its source being an allowed number', () => {
    const request = readShared<{ callflow: Array<{ params: { source: string } }> }>('fixtures/callflows-request-simple-ivr.json');
    const result = sendCallflow(
      { ...account, numbers: [request.callflow[0]!.params.source] },
      { subAccountId: account.subAccountId, authorization: bearer, body: request },
    );
    expect(result.httpStatus).toBe(200);
    expect(result.body).toMatchObject({ sessionStatus: 'CREATED', statusCode: 1, statusMessage: 'Created' });
  });

  it('answers in the shapes of 8x8’s created, not-created and unauthorized samples', () => {
    const created = readShared('fixtures/callflows-response-created.json');
    const notCreated = readShared<{ statusCode: number; statusMessage: string }>('fixtures/callflows-response-not-created.json');
    const unauthorized = readShared<{ statusCode: number; statusMessage: string }>('fixtures/callflows-response-unauthorized.json');

    expect(keys(send(flow(say())).body)).toEqual(keys(created));

    const refused = send(flow(say({ voiceProfile: 'nobody' })));
    expect(keys(refused.body)).toEqual(keys(notCreated));
    // The sample is a -1002: the sandbox words it the same way.
    expect(refused.body).toMatchObject({ statusCode: notCreated.statusCode, statusMessage: notCreated.statusMessage });

    const denied = send(flow(say()), { authorization: 'Bearer nope' });
    expect(keys(denied.body)).toEqual(keys(unauthorized));
    expect(denied.body).toMatchObject({ statusCode: unauthorized.statusCode, statusMessage: unauthorized.statusMessage });
  });
});
