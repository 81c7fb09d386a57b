import type { NamedSecret } from './data-dip-request';

// A secret can come back in what is stored: the URL after a redirect, an error message, a
// server that echoes the request. Each is replaced by its name in every form a request
// writes it: as is, percent-encoded (URL, form body) and JSON-escaped (JSON body).

/** encodeURIComponent, plus !'()* — so the URL parser leaves the text exactly as written. */
export function strictPercentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The value as it appears between the quotes of a JSON string. */
export function jsonEscape(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

export const secretMark = (name: string) => `[secret ${name}]`;

export function redactSecrets(text: string, secrets: readonly NamedSecret[]): string {
  if (secrets.length === 0) return text;
  const forms = secrets
    .filter((s) => s.value)
    .flatMap((s) => [s.value, strictPercentEncode(s.value), encodeURIComponent(s.value), jsonEscape(s.value)].map((form) => ({ form, name: s.name })))
    // The longest first: a secret containing another is replaced whole.
    .sort((a, b) => b.form.length - a.form.length);
  let out = text;
  for (const { form, name } of forms) if (out.includes(form)) out = out.split(form).join(secretMark(name));
  return out;
}

/** Every string (keys too) of a parsed JSON value, redacted. */
export function redactJson(value: unknown, secrets: readonly NamedSecret[]): unknown {
  if (secrets.length === 0) return value;
  if (typeof value === 'string') return redactSecrets(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, secrets));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [redactSecrets(key, secrets), redactJson(inner, secrets)]));
  }
  return value;
}
