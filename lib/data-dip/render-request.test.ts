import { describe, expect, it } from 'vitest';
import type { CallContext } from '@/lib/flow/call-context';
import { renderRequest, secretNamesIn, type DataDipTemplate } from './render-request';
import { redactJson, redactSecrets } from './redact-secrets';

const ctx: CallContext = {
  caller: '+6591234567',
  dialed: '+6568332048',
  digits: '42',
  vars: { name: 'Ada "the" Countess', path: '../admin?x=1&y=2#frag', host: 'evil.example/', multi: 'a\r\nX-Injected: 1', emoji: '😀' },
  now: new Date('2026-11-25T12:00:00Z'),
  publicBaseUrl: 'https://ivr.example',
};
const secrets = { API_KEY: 's3cr3t/+&"key', OTHER: 'other-secret' };

const template = (t: Partial<DataDipTemplate>): DataDipTemplate => ({ method: 'GET', url: 'https://api.example.com/', headers: [], ...t });

function ok(t: Partial<DataDipTemplate>) {
  const rendered = renderRequest(template(t), ctx, secrets);
  if (!rendered.ok) throw new Error(rendered.error);
  return rendered;
}

describe('renderRequest: values are encoded for where they land', () => {
  it('percent-encodes variables in the URL, so they cannot move the host or add parameters', () => {
    const { request } = ok({ url: 'https://api.example.com/customers/{{vars.path}}?caller={{caller}}&q={{vars.name}}' });
    expect(request.url).toBe('https://api.example.com/customers/..%2Fadmin%3Fx%3D1%26y%3D2%23frag?caller=%2B6591234567&q=Ada%20%22the%22%20Countess');
    const parsed = new URL(request.url);
    expect(parsed.searchParams.get('q')).toBe('Ada "the" Countess');
    expect([...parsed.searchParams.keys()]).toEqual(['caller', 'q']);
    expect(new URL(ok({ url: 'https://api.example.com/?q={{vars.q}}' }).request.url).search).toBe('?q=');
    // In the host part, an encoded / or @ is no host at all: refused rather than sent elsewhere.
    for (const url of ['https://api.example.com{{vars.host}}', 'https://{{vars.at}}api.example.com/']) {
      const rendered = renderRequest(template({ url }), { ...ctx, vars: { ...ctx.vars, at: 'evil.example@' } }, {});
      expect(rendered).toMatchObject({ ok: false, error: expect.stringMatching(/not a valid address/) });
    }
  });

  it("percent-encodes !'()* too, so the URL parser leaves the text as it is written", () => {
    const quoted = renderRequest(template({ url: 'https://api.example.com/?q={{vars.q}}' }), { ...ctx, vars: { q: "it's (ok)!*" } }, {});
    expect(quoted.ok && quoted.request.url).toBe('https://api.example.com/?q=it%27s%20%28ok%29%21%2A');
    expect(quoted.ok && new URL(quoted.request.url).href).toBe(quoted.ok && quoted.request.url);
  });

  it('JSON-escapes variables in a JSON body, so they cannot close a string or add a field', () => {
    const { request } = ok({ method: 'POST', body: '{"name": "{{vars.name}}", "digits": "{{digits}}", "e": "{{vars.emoji}}"}' });
    expect(JSON.parse(request.body!)).toEqual({ name: 'Ada "the" Countess', digits: '42', e: '😀' });
    expect(request.headers).toEqual({ 'Content-Type': 'application/json' });
  });

  it('refuses a JSON body that a value made invalid, without quoting it', () => {
    const rendered = renderRequest(template({ method: 'POST', body: '{"n": {{vars.name}}, "k": "{{secrets.API_KEY}}"}' }), ctx, secrets);
    expect(rendered).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON once filled in: put text placeholders inside quotes/) });
    expect(JSON.stringify(rendered)).not.toContain(secrets.API_KEY);
  });

  it('percent-encodes variables in a form body', () => {
    const { request } = ok({ method: 'POST', headers: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }], body: 'name={{vars.name}}&d={{digits}}' });
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({ name: 'Ada "the" Countess', d: '42' });
  });

  it('sends other bodies as written, filled in as they are', () => {
    const { request } = ok({ method: 'PUT', headers: [{ name: 'Content-Type', value: 'text/plain' }], body: 'Hello {{vars.name}}' });
    expect(request.body).toBe('Hello Ada "the" Countess');
  });

  it('refuses a header value that a value filled with a line break (no header injection)', () => {
    const rendered = renderRequest(template({ headers: [{ name: 'X-Name', value: '{{vars.multi}}' }] }), ctx, secrets);
    expect(rendered).toMatchObject({ ok: false, error: 'The header X-Name holds a line break or a character headers cannot carry, once filled in' });
    expect(renderRequest(template({ headers: [{ name: 'X-E', value: '{{vars.emoji}}' }] }), ctx, secrets).ok).toBe(false);
  });

  it.each([
    [{ headers: [{ name: 'Host', value: 'internal' }] }, /Host is set by the HTTP client/],
    [{ headers: [{ name: 'Content-Length', value: '5' }] }, /set by the HTTP client/],
    [{ headers: [{ name: 'Transfer-Encoding', value: 'chunked' }] }, /set by the HTTP client/],
    [{ headers: [{ name: 'Proxy-Authorization', value: 'x' }] }, /set by the HTTP client/],
    [{ headers: [{ name: 'Bad Name', value: 'x' }] }, /is not a header name/],
    [{ url: 'ftp://files.example.com/x' }, /must start with https:\/\/ or http:\/\/, not ftp:/],
    [{ url: 'file:///etc/passwd' }, /not file:/],
    [{ url: '{{vars.nothing}}' }, /not a valid address/],
    [{ url: 'https://user:pw@api.example.com/' }, /user name or password/],
    [{ url: `https://api.example.com/${'a'.repeat(8200)}` }, /at most 8192/],
    [{ method: 'GET', body: '{}' }, /GET request has no body/],
  ] satisfies Array<[Partial<DataDipTemplate>, RegExp]>)('refuses %j', (t, why) => {
    const rendered = renderRequest(template(t), ctx, secrets);
    expect(rendered.ok).toBe(false);
    expect(!rendered.ok && rendered.error).toMatch(why);
  });
});

describe('renderRequest: secrets', () => {
  const withSecrets = (): DataDipTemplate =>
    template({
      method: 'POST',
      url: 'https://api.example.com/v1?key={{secrets.API_KEY}}&caller={{caller}}',
      headers: [
        { name: 'Authorization', value: 'Bearer {{ secrets.OTHER }}' },
        { name: 'X-Caller', value: '{{caller}}' },
      ],
      body: '{"key": "{{secrets.API_KEY}}"}',
    });

  it('fills them in the request (encoded like any value) and only their names in what is shown', () => {
    const rendered = renderRequest(withSecrets(), ctx, secrets);
    if (!rendered.ok) throw new Error(rendered.error);
    expect(new URL(rendered.request.url).searchParams.get('key')).toBe(secrets.API_KEY);
    expect(rendered.request.headers.Authorization).toBe('Bearer other-secret');
    expect(rendered.request.secrets?.values).toHaveLength(2);
    expect(JSON.parse(rendered.request.body!)).toEqual({ key: secrets.API_KEY });
    expect(rendered.request.secrets).toEqual({
      values: expect.arrayContaining([
        { name: 'API_KEY', value: secrets.API_KEY },
        { name: 'OTHER', value: secrets.OTHER },
      ]),
      headerNames: ['Authorization'],
      inBody: true,
    });
    expect(rendered.shown).toEqual({
      method: 'POST',
      url: 'https://api.example.com/v1?key=[secret API_KEY]&caller=%2B6591234567',
      headers: { Authorization: 'Bearer [secret OTHER]', 'X-Caller': '+6591234567', 'Content-Type': 'application/json' },
      body: '{"key": "[secret API_KEY]"}',
    });
    const shownText = JSON.stringify(rendered.shown);
    for (const value of Object.values(secrets)) {
      expect(shownText).not.toContain(value);
      expect(shownText).not.toContain(encodeURIComponent(value));
    }
  });

  it('refuses a request naming a secret that is not set, and never reads inherited keys', () => {
    for (const name of ['MISSING', 'constructor', '__proto__', 'toString']) {
      const rendered = renderRequest(template({ url: `https://api.example.com/?k={{secrets.${name}}}` }), ctx, secrets);
      expect(rendered).toMatchObject({ ok: false, error: `No secret named ${name} is set: an admin adds it under Settings → Data dips` });
    }
  });

  it('has no secrets to carry when none is used', () => {
    expect(ok({ url: 'https://api.example.com/{{digits}}' }).request.secrets).toBeUndefined();
  });

  it('lists the secret names a text refers to', () => {
    expect(secretNamesIn('{{secrets.A}} {{ secrets.B }} {{secrets.A}} {{vars.C}}')).toEqual(['A', 'B']);
  });
});

describe('redactSecrets', () => {
  const values = [
    { name: 'API_KEY', value: secrets.API_KEY },
    { name: 'SHORT', value: 'key' },
  ];
  it('replaces a secret as is, percent-encoded and JSON-escaped, the longest first', () => {
    const text = `raw ${secrets.API_KEY} url ${encodeURIComponent(secrets.API_KEY)} json ${JSON.stringify(secrets.API_KEY)} short key`;
    expect(redactSecrets(text, values)).toBe('raw [secret API_KEY] url [secret API_KEY] json "[secret API_KEY]" short [secret SHORT]');
  });

  it('walks JSON, keys too', () => {
    expect(redactJson({ echoed: { [secrets.API_KEY]: [`Bearer ${secrets.API_KEY}`, 1, null] } }, values)).toEqual({
      echoed: { '[secret API_KEY]': ['Bearer [secret API_KEY]', 1, null] },
    });
  });
});
