import { describe, expect, it } from 'vitest';
import { openApiResponseValidator } from '@/lib/testing/openapi-responses';
import { hasShared, readShared, sharedMissing } from '@/lib/testing/shared';
import { numbersResponse, speechProfilesResponse } from './account-api';
import { sendCallflow } from './send-callflow';

// The sandbox's 8x8 REST answers against 8x8's OpenAPI file and fixtures.

const account = { subAccountId: 'sandbox', apiKey: 'sandbox-key', numbers: ['+6568332048', '+6561115777'] };
const ok = { subAccountId: 'sandbox', authorization: 'Bearer sandbox-key' };
const keys = (value: unknown) => Object.keys(value as object).sort();
const fixture = (name: string) => readShared<Record<string, unknown>>(`fixtures/${name}`);
const callflows = '/api/v1/subaccounts/{subAccountId}/callflows';
const simpleIvr = () => fixture('callflows-request-simple-ivr.json');

describe.skipIf(!hasShared)(`sandbox REST answers match 8x8's contract ${hasShared ? '' : `(${sharedMissing})`}`, () => {
  it('Send Callflow CREATED: the 200 schema and the created fixture’s keys', () => {
    const result = sendCallflow(account, { ...ok, body: simpleIvr() });
    expect(result.httpStatus).toBe(200);
    const validate = openApiResponseValidator(callflows, 'post', 200);
    expect(validate(result.body), JSON.stringify(validate.errors)).toBe(true);
    expect(keys(result.body)).toEqual(keys(fixture('callflows-response-created.json')));
  });

  it.each([
    ['401', { authorization: 'Bearer wrong' }, {}],
    ['404', { subAccountId: 'nobody' }, {}],
    ['400', {}, { callflow: [{ action: 'makeCall', params: { source: '+6568332048', destination: '+6591178965' } }, { action: 'say', params: { text: 'x', voiceProfile: 'nope' } }] }],
    ['422', {}, { callflow: [{ action: 'hangup' }] }],
  ])('Send Callflow NOT_CREATED (%s): its schema and the not-created fixture’s keys', (status, override, body) => {
    const result = sendCallflow(account, { ...ok, ...override, body: Object.keys(body).length ? body : simpleIvr() });
    expect(result.httpStatus).toBe(Number(status));
    const validate = openApiResponseValidator(callflows, 'post', Number(status));
    expect(validate(result.body), JSON.stringify(validate.errors)).toBe(true);
    expect(keys(result.body)).toEqual(keys(fixture('callflows-response-not-created.json')));
  });

  it('speech profiles: the 200 schema, the fixture’s keys, 401 like the unauthorized fixture', () => {
    const result = speechProfilesResponse(account, ok);
    const validate = openApiResponseValidator('/api/v1/subaccounts/{subAccountId}/speech-profiles', 'get', 200);
    expect(validate(result.body), JSON.stringify(validate.errors)).toBe(true);
    const sample = fixture('speech-profiles.json') as { speechProfiles: unknown[] };
    expect(keys(result.body)).toEqual(keys(sample));
    expect(keys((result.body.speechProfiles as unknown[])[0])).toEqual(keys(sample.speechProfiles[0]));
    const refused = speechProfilesResponse(account, { ...ok, authorization: null });
    expect(refused.httpStatus).toBe(401);
    expect(keys(refused.body)).toEqual(keys(fixture('callflows-response-unauthorized.json')));
    expect(refused.body.statusMessage).toBe(fixture('callflows-response-unauthorized.json').statusMessage);
  });

  it('numbers: the 200 schema with SANDBOX_NUMBERS, 401 like the unauthorized fixture', () => {
    const result = numbersResponse(account, ok, 'http://127.0.0.1:3000/sandbox');
    const validate = openApiResponseValidator('/api/v1/subaccounts/{subAccountId}/numbers', 'get', 200);
    expect(validate(result.body), JSON.stringify(validate.errors)).toBe(true);
    expect((result.body.numbers as Array<{ msisdn: string }>).map((n) => n.msisdn)).toEqual(account.numbers);
    expect(result.body).toMatchObject({ totalNumbers: 2 });
    const refused = numbersResponse(account, { ...ok, authorization: 'Bearer nope' }, '');
    expect(refused.httpStatus).toBe(401);
    expect(keys(refused.body)).toEqual(keys(fixture('callflows-response-unauthorized.json')));
  });
});
