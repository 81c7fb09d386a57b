import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { deletedWebhook, webhookList } from '@/lib/eightbyeight/api-schemas';
import { hasShared, readShared, sharedMissing } from '@/lib/testing/shared';
import { sandboxAccessRefusal } from './sandbox-access';
import {
  parseRegisterWebhook,
  parseWebhookType,
  toStoredWebhook,
  webhookDeletedReply,
  webhookListReply,
  webhookNotFoundReply,
  type StoredWebhook,
} from './webhooks-api';

// The sandbox's Webhooks API answers in 8x8's shapes: checked against the OpenAPI
// file's own response schemas for the three operations, and against our client's parser.

const account = { subAccountId: 'sandbox', apiKey: 'sandbox-key' };
const ownBase = 'https://example.com';
const vca: StoredWebhook = { type: 'VCA', url: 'https://example.com/api/webhooks/8x8/vca', enabled: true, httpAuthHeader: 'secret-token' };
const vss: StoredWebhook = { type: 'VSS', url: 'https://example.com/api/webhooks/8x8/vss', enabled: false, httpAuthHeader: null };

const webhooksPath = '/api/v1/subaccounts/{subAccountId}/webhooks';
const pointer = (path: string, ...rest: string[]) =>
  `openapi#/paths/${encodeURIComponent(path.replaceAll('~', '~0').replaceAll('/', '~1'))}/${rest.join('/')}`;

function responseValidator(path: string, method: string, status: string) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(readShared<object>('voice-api.openapi.json'), 'openapi');
  return ajv.compile({ $ref: pointer(path, method, 'responses', status, 'content', 'application~1json', 'schema') });
}

describe.skipIf(!hasShared)(hasShared ? 'sandbox Webhooks API against 8x8’s OpenAPI file' : sharedMissing, () => {
  it('GET list (and the fixture) match get-webhooks-information 200', () => {
    const validate = responseValidator(webhooksPath, 'get', '200');
    const reply = webhookListReply('sandbox', [vca, vss]);
    expect(reply.httpStatus).toBe(200);
    expect(validate(reply.body), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(readShared('fixtures/webhooks-list.json'))).toBe(true);
    // The schema really is the one resolved: a wrong type fails it.
    expect(validate({ count: 'two', webhooks: [{ enabled: 'yes' }] })).toBe(false);
  });

  it('POST answer matches create-a-new-webhook 200, and a bad body its 422', () => {
    const parsed = parseRegisterWebhook({ type: 'VCA', url: vca.url, httpAuthHeader: 'secret-token' }, ownBase);
    expect(parsed.ok).toBe(true);
    const ok = responseValidator(webhooksPath, 'post', '200');
    expect(ok(webhookListReply('sandbox', [vca]).body), JSON.stringify(ok.errors)).toBe(true);
    const unprocessable = responseValidator(webhooksPath, 'post', '422');
    for (const body of [undefined, { type: 'XYZ', url: vca.url }, { type: 'VCA' }, { type: 'VCA', url: 'https://attacker.example/x' }]) {
      const refused = parseRegisterWebhook(body, ownBase);
      if (refused.ok) throw new Error(`accepted ${JSON.stringify(body)}`);
      expect(refused.reply.httpStatus).toBe(422);
      expect(unprocessable(refused.reply.body), JSON.stringify(unprocessable.errors)).toBe(true);
    }
  });

  it('DELETE answer matches delete-a-specific-type-of-webhook 200 (the flattened example)', () => {
    const validate = responseValidator(`${webhooksPath}/{webhook-type}`, 'delete', '200');
    const reply = webhookDeletedReply('sandbox', vca);
    expect(validate(reply.body), JSON.stringify(validate.errors)).toBe(true);
    expect(reply.body).toEqual({
      subAccountId: 'sandbox',
      type: 'VCA',
      url: vca.url,
      enabled: true,
      httpAuthHeaderAvailable: true,
      statusCode: 0,
      statusMessage: 'deleted',
    });
  });
});

describe('sandbox Webhooks API', () => {
  it('never shows the httpAuthHeader, only whether there is one', () => {
    const { body } = webhookListReply('sandbox', [vca, vss]);
    expect(JSON.stringify(body)).not.toContain('secret-token');
    expect(webhookList.parse(body).webhooks.map((w) => [w.type, w.httpAuthHeaderAvailable])).toEqual([
      ['VCA', true],
      ['VSS', false],
    ]);
    expect(deletedWebhook.parse(webhookDeletedReply('sandbox', vca).body).type).toBe('VCA');
  });

  it('stores enabled = true and no header unless given', () => {
    const parsed = parseRegisterWebhook({ type: 'VCS', url: 'http://127.0.0.1:3000/api/webhooks/8x8/vcs' }, 'http://127.0.0.1:3000');
    if (!parsed.ok) throw new Error('refused');
    expect(toStoredWebhook(parsed.request)).toEqual({ type: 'VCS', url: 'http://127.0.0.1:3000/api/webhooks/8x8/vcs', enabled: true, httpAuthHeader: null });
  });

  it('refuses a URL that is not this app’s, saying where webhooks may go', () => {
    const refused = parseRegisterWebhook({ type: 'VCA', url: 'http://127.0.0.1:9999/x' }, 'http://127.0.0.1:3000');
    if (refused.ok) throw new Error('accepted a foreign url');
    expect(refused.reply).toMatchObject({ httpStatus: 422, body: { statusCode: '1001', statusMessage: expect.stringMatching(/only to this app.*http:\/\/127\.0\.0\.1:3000\//) } });
  });

  it('knows the five types and answers 404 for anything else', () => {
    expect(['VCA', 'VSS', 'VCS', 'VRU', 'VNU'].map(parseWebhookType)).toEqual(['VCA', 'VSS', 'VCS', 'VRU', 'VNU']);
    expect(parseWebhookType('vca')).toBeNull();
    expect(webhookNotFoundReply('XYZ').httpStatus).toBe(404);
  });

  it('checks the bearer key, then the subaccount, as Send Callflow does', () => {
    expect(sandboxAccessRefusal(account, { subAccountId: 'sandbox', authorization: 'Bearer sandbox-key' })).toBeNull();
    expect(sandboxAccessRefusal(account, { subAccountId: 'other', authorization: null })).toMatchObject({
      httpStatus: 401,
      body: { statusMessage: 'Authentication header not found or token invalid' },
    });
    expect(sandboxAccessRefusal(account, { subAccountId: 'other', authorization: 'Bearer sandbox-key' })).toMatchObject({
      httpStatus: 404,
      body: { statusMessage: 'SubAccount not found by Id : other' },
    });
  });
});
