import { describe, expect, it } from 'vitest';
import { hasShared, readShared, sharedMissing } from '../testing/shared';
import { sendCallflowRequest } from './callflow';
import { createVoiceClient, VoiceApiError, type FetchLike } from './client';

type Sent = { url: string; method: string | undefined; headers: Headers; body: unknown };

/** A fetch that records what it was sent and answers `status` with `body` (JSON unless a string). */
function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    const raw = typeof init.body === 'string' ? init.body : undefined;
    sent.push({ url, method: init.method, headers: new Headers(init.headers), body: raw && JSON.parse(raw) });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });
  };
  return { fetch, sent };
}

const base = 'https://voice.example.test/';
const root = 'https://voice.example.test/api/v1/subaccounts/acme%26co';

function client(fetch: FetchLike, timeoutMs?: number) {
  return createVoiceClient({ baseUrl: base, subAccountId: 'acme&co', apiKey: 'key-123', fetch, timeoutMs });
}

function only(sent: Sent[]): Sent {
  expect(sent).toHaveLength(1);
  const [first] = sent;
  if (!first) throw new Error('nothing sent');
  return first;
}

function expectAuthorised(request: Sent, withBody: boolean) {
  expect(request.headers.get('authorization')).toBe('Bearer key-123');
  expect(request.headers.get('accept')).toBe('application/json');
  expect(request.headers.get('content-type')).toBe(withBody ? 'application/json' : null);
}

async function rejection(promise: Promise<unknown>): Promise<VoiceApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof VoiceApiError)) throw new Error(`expected a VoiceApiError, got ${String(error)}`);
  return error;
}

describe.skipIf(!hasShared)(`voice client with 8x8's sample bodies${hasShared ? '' : ` — ${sharedMissing}`}`, () => {
  const fixture = (name: string) => readShared(`fixtures/${name}`);
  const simpleIvr = () => sendCallflowRequest.parse(fixture('callflows-request-simple-ivr.json'));

  it('sends a callflow and reports the session created', async () => {
    const { fetch, sent } = fakeFetch(200, fixture('callflows-response-created.json'));
    const result = await client(fetch).sendCallflow(simpleIvr());

    const request = only(sent);
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`${root}/callflows`);
    expectAuthorised(request, true);
    expect(request.body).toEqual(fixture('callflows-request-simple-ivr.json'));
    expect(result).toEqual({
      created: true,
      sessionId: 'd9874358-89ac-4c50-bbab-1eb634482a94',
      callFlowRequestId: '89b545a5-0676-11ee-8100-d500c0d203fc',
      statusCode: 1,
      statusMessage: 'Created',
    });
  });

  it('returns a refusal with its meaning rather than throwing', async () => {
    const { fetch } = fakeFetch(400, fixture('callflows-response-not-created.json'));
    expect(await client(fetch).sendCallflow(simpleIvr())).toEqual({
      created: false,
      httpStatus: 400,
      statusCode: -1002,
      statusMessage: 'Speech profile or language parameter invalid',
      meaning: 'speech profile or language invalid',
      callFlowRequestId: '0564e804-0a7e-11ee-9c83-6df9c048a122',
      retryAfter: null,
    });
  });

  it('passes on the Retry-After of a refusal to try later', async () => {
    const { fetch } = fakeFetch(429, { sessionStatus: 'NOT_CREATED', statusCode: 429, statusMessage: 'Too many requests' }, { 'Retry-After': '7' });
    expect(await client(fetch).sendCallflow(simpleIvr())).toMatchObject({ created: false, httpStatus: 429, retryAfter: '7' });
  });

  it('returns an authentication failure as not created', async () => {
    const { fetch } = fakeFetch(401, fixture('callflows-response-unauthorized.json'));
    const result = await client(fetch).sendCallflow(simpleIvr());
    expect(result).toMatchObject({ created: false, httpStatus: 401, statusCode: 401 });
    expect(result.created === false && result.meaning).toMatch(/API key/);
  });

  it('lists webhooks', async () => {
    const { fetch, sent } = fakeFetch(200, fixture('webhooks-list.json'));
    const webhooks = await client(fetch).listWebhooks();

    const request = only(sent);
    expect(request).toMatchObject({ method: 'GET', url: `${root}/webhooks`, body: undefined });
    expectAuthorised(request, false);
    expect(webhooks.map((w) => w.type)).toEqual(['VSS', 'VCA']);
    expect(webhooks[0]).toMatchObject({ enabled: true, httpAuthHeaderAvailable: false });
  });

  it('registers a webhook with its auth header', async () => {
    const { fetch, sent } = fakeFetch(200, fixture('webhooks-list.json'));
    const registration = { type: 'VCA', url: 'https://example.com/api/webhooks/8x8/vca', httpAuthHeader: 's3cret' } as const;
    const webhooks = await client(fetch).registerWebhook(registration);

    const request = only(sent);
    expect(request).toMatchObject({ method: 'POST', url: `${root}/webhooks`, body: registration });
    expectAuthorised(request, true);
    expect(webhooks).toHaveLength(2);
  });

  it('lists speech profiles', async () => {
    const { fetch, sent } = fakeFetch(200, fixture('speech-profiles.json'));
    const profiles = await client(fetch).listSpeechProfiles();

    expect(only(sent)).toMatchObject({ method: 'GET', url: `${root}/speech-profiles` });
    expect(profiles.map((p) => p.speechProfileCode)).toEqual(['en-US-Standard-A', 'da-DK-Naja']);
  });
});

describe('voice client, other answers', () => {
  it('deletes a webhook by type', async () => {
    // The OpenAPI file's example answer.
    const answer = { subAccountId: 'acme&co', type: 'VSS', url: 'https://sample.com/test', enabled: false, statusCode: 0, statusMessage: 'deleted' };
    const { fetch, sent } = fakeFetch(200, answer);
    const deleted = await client(fetch).deleteWebhook('VSS');

    const request = only(sent);
    expect(request).toMatchObject({ method: 'DELETE', url: `${root}/webhooks/VSS`, body: undefined });
    expectAuthorised(request, false);
    expect(deleted).toMatchObject({ type: 'VSS', statusMessage: 'deleted' });
  });

  it('lists virtual numbers', async () => {
    const answer = { totalNumbers: 1, numbers: [{ msisdn: '+6568332048', countryCode: 'SG', operationalStatus: 'Active', referenceId: 'vn-1' }] };
    const { fetch, sent } = fakeFetch(200, answer);
    const numbers = await client(fetch).listNumbers();

    expect(only(sent)).toMatchObject({ method: 'GET', url: `${root}/numbers` });
    expect(numbers).toEqual(answer.numbers);
  });

  it('turns an HTTP error on the other endpoints into a VoiceApiError with 8x8’s explanation', async () => {
    const { fetch } = fakeFetch(401, { statusMessage: 'Authentication header not found or token invalid' });
    const error = await rejection(client(fetch).listWebhooks());
    expect(error).toMatchObject({ kind: 'http', httpStatus: 401, url: `${root}/webhooks` });
    expect(error.message).toBe(`${root}/webhooks: HTTP 401: Authentication header not found or token invalid`);
  });

  it('refuses a 200 whose body has the wrong shape', async () => {
    const { fetch } = fakeFetch(200, { speechProfiles: [{ localeCode: 'en-US' }] });
    const error = await rejection(client(fetch).listSpeechProfiles());
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('speechProfiles[0].speechProfileCode: required');
  });

  it('refuses a callflow answer that is neither created nor not created', async () => {
    const { fetch } = fakeFetch(200, { sessionStatus: 'QUEUED' });
    const error = await rejection(client(fetch).sendCallflow({ callflow: [{ action: 'hangup' }] }));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain(`${root}/callflows`);
  });

  it('reports a non-JSON body with the status and the start of the body', async () => {
    const { fetch } = fakeFetch(502, '<html><body>Bad gateway</body></html>');
    const error = await rejection(client(fetch).sendCallflow({ callflow: [{ action: 'hangup' }] }));
    expect(error).toMatchObject({ kind: 'http', httpStatus: 502 });
    expect(error.message).toBe(`POST ${root}/callflows: HTTP 502 with a non-JSON body: "<html><body>Bad gateway</body></html>"`);
  });

  it('turns a network failure into a VoiceApiError naming the URL and the reason', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' });
    const fetch: FetchLike = () => Promise.reject(new TypeError('fetch failed', { cause: refused }));
    const error = await rejection(client(fetch).listNumbers());
    expect(error).toMatchObject({ kind: 'network', httpStatus: null, url: `${root}/numbers` });
    expect(error.message).toBe(`GET ${root}/numbers: request failed (fetch failed: ECONNREFUSED)`);
  });

  it('does the same with the real fetch and a closed port', async () => {
    const real = createVoiceClient({ baseUrl: 'http://127.0.0.1:9', subAccountId: 'acme', apiKey: 'k' });
    const error = await rejection(real.listWebhooks());
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/^GET http:\/\/127\.0\.0\.1:9\/api\/v1\/subaccounts\/acme\/webhooks: request failed/);
  });

  it('gives up after the timeout', async () => {
    const hanging: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const error = await rejection(client(hanging, 20).listWebhooks());
    expect(error).toMatchObject({ kind: 'timeout' });
    expect(error.message).toBe(`GET ${root}/webhooks: no answer within 20 ms`);
  });
});
