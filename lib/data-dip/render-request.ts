import type { CallContext } from '@/lib/flow/call-context';
import { fillPlaceholders, placeholderValue, variableNamePattern } from '@/lib/flow/template-text';
import { dataDipLimits, headerNameProblem, type DataDipMethod, type DataDipRequest, type NamedSecret } from './data-dip-request';
import { jsonEscape, redactSecrets, secretMark, strictPercentEncode } from './redact-secrets';

// Fills a data dip's templates for one call. Each value is encoded for where it lands, so a
// caller's input cannot change the request's shape: percent-encoded in the URL (it cannot
// move the host or add a parameter), JSON-escaped in a JSON body (it cannot close a string),
// percent-encoded in a form body, as is in a header (line breaks refused). {{secrets.NAME}}
// is filled from the encrypted settings, which only the server holds; `shown` is the same
// request with each secret replaced by its name — what may be stored and displayed.

export type DataDipTemplate = {
  method: DataDipMethod;
  url: string;
  headers: ReadonlyArray<{ name: string; value: string }>;
  body?: string;
};

/** The request as it may be stored with the call's events and shown on its timeline. */
export type ShownRequest = { method: DataDipMethod; url: string; headers: Record<string, string>; body?: string };

export type RenderedRequest = { ok: true; request: DataDipRequest; shown: ShownRequest } | { ok: false; error: string; shown: ShownRequest };

type Encoding = 'url' | 'json' | 'form' | 'raw';

const encoders: Record<Encoding, (value: string) => string> = {
  url: strictPercentEncode,
  json: jsonEscape,
  form: strictPercentEncode,
  raw: (value) => value,
};

const secretPrefix = 'secrets.';

/** The names of the secrets a template text refers to ({{secrets.NAME}}). */
export function secretNamesIn(text: string): string[] {
  const names = new Set<string>();
  fillPlaceholders(text, (inner) => {
    if (inner.startsWith(secretPrefix)) names.add(inner.slice(secretPrefix.length));
    return '';
  });
  return [...names];
}

/** Node's http refuses header values with other characters (a line break would start a new header). */
const headerValueProblem = /[^\t\x20-\x7e\x80-\xff]/;

export function renderRequest(template: DataDipTemplate, ctx: CallContext, secrets: Readonly<Record<string, string>>): RenderedRequest {
  const used = new Map<string, string>();
  const missing = new Set<string>();
  const fill = (text: string, encoding: Encoding, forShow: boolean) =>
    fillPlaceholders(text, (inner) => {
      if (!inner.startsWith(secretPrefix)) return encoders[encoding](placeholderValue(inner, ctx));
      const name = inner.slice(secretPrefix.length);
      if (forShow) return secretMark(name);
      if (!variableNamePattern.test(name) || !Object.hasOwn(secrets, name)) {
        missing.add(name);
        return '';
      }
      used.set(name, secrets[name]!);
      return encoders[encoding](secrets[name]!);
    });

  const contentType = template.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value.toLowerCase();
  const hasBody = template.body !== undefined && template.body !== '';
  const bodyEncoding: Encoding = !contentType || contentType.includes('json') ? 'json' : contentType.includes('x-www-form-urlencoded') ? 'form' : 'raw';
  const headerEntries = template.headers.map(({ name, value }) => ({ name, value: fill(value, 'raw', false), shown: fill(value, 'raw', true) }));
  if (hasBody && !contentType) headerEntries.push({ name: 'Content-Type', value: 'application/json', shown: 'application/json' });
  const url = fill(template.url, 'url', false);
  const body = hasBody ? fill(template.body!, bodyEncoding, false) : undefined;
  const shown: ShownRequest = {
    method: template.method,
    url: fill(template.url, 'url', true),
    headers: Object.fromEntries(headerEntries.map((h) => [h.name, h.shown])),
    ...(hasBody && { body: fill(template.body!, bodyEncoding, true).slice(0, dataDipLimits.storedResponseChars) }),
  };
  const values: NamedSecret[] = [...used].map(([name, value]) => ({ name, value }));
  const refuse = (error: string): RenderedRequest => ({ ok: false, error: redactSecrets(error, values), shown });

  if (missing.size > 0) return refuse(`No secret named ${[...missing].join(', ')} is set: an admin adds it under Settings → Data dips`);
  if (hasBody && template.method === 'GET') return refuse('A GET request has no body: use POST, PUT, PATCH or DELETE, or empty the body');
  const urlProblem = checkUrl(url);
  if (urlProblem) return refuse(urlProblem);
  for (const header of headerEntries) {
    const problem = headerNameProblem(header.name);
    if (problem) return refuse(`Header ${problem}`);
    if (headerValueProblem.test(header.value)) return refuse(`The header ${header.name} holds a line break or a character headers cannot carry, once filled in`);
  }
  if (body !== undefined && bodyEncoding === 'json' && !isJson(body)) {
    // JSON.parse's own message quotes the text, which may hold a secret: say where to look instead.
    return refuse('The body is not valid JSON once filled in: put text placeholders inside quotes, e.g. {"name": "{{vars.name}}"}');
  }
  const headers = Object.fromEntries(headerEntries.map((h) => [h.name, h.value]));
  const headerNames = template.headers.filter((h) => secretNamesIn(h.value).length > 0).map((h) => h.name);
  const inBody = hasBody && secretNamesIn(template.body!).length > 0;
  return {
    ok: true,
    shown,
    request: {
      method: template.method,
      url,
      headers,
      ...(body !== undefined && { body }),
      ...(values.length > 0 && { secrets: { values, headerNames, inBody } }),
    },
  };
}

function checkUrl(url: string): string | null {
  if (url.length > dataDipLimits.urlChars) return `The URL is ${url.length} characters once filled in; at most ${dataDipLimits.urlChars}`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'The URL is not a valid address once filled in: start it with https:// and a host name';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `The URL must start with https:// or http://, not ${parsed.protocol}`;
  if (parsed.username || parsed.password) return 'The URL must not hold a user name or password: send credentials in a header with a secret';
  return null;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
