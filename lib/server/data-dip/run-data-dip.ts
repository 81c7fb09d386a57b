import 'server-only';
import { dataDipLimits, dataDipMethods, type DataDipRequest, type NamedSecret } from '@/lib/data-dip/data-dip-request';
import { redactJson, redactSecrets } from '@/lib/data-dip/redact-secrets';
import { jsonDepth, maxJsonDepth } from '@/lib/http/json-safety';
import { exchange, ExchangeAborted, type Answer } from './http-exchange';
import { firstHop, nextHop, redirectStatuses, type Hop } from './redirect-hop';
import { guardedLookup, guardPolicy, literalRefusal, RefusedHostError, type AddressResolver } from './ssrf-guard';

// Runs one data dip on the webhook path: never throws, always answers within the timeout
// (one deadline for the lookup, connect, headers and body of every hop together) and reads
// at most maxResponseBytes. Outcomes: success — a 2xx whose body is JSON or empty (an empty
// body maps every variable to ""); failed — refused by the guard, a network error, a non-2xx,
// a body that is not JSON, larger than the cap, or too many redirects; timedOut — no
// complete answer in time. The result holds no secret: the URL, the stored response, the
// error and the JSON have each secret's value replaced by its name.

export type DataDipOptions = {
  /** Default 3000, at most 8000 (a larger value is held to it). */
  timeoutMs?: number;
  /** Default 64 KiB, at most 1 MiB. */
  maxResponseBytes?: number;
  /** Hosts an admin allow-listed (names or IP literals): they may be private. */
  allowHosts?: readonly string[];
  /** Resolves host names; the system's resolver by default (tests inject their own). */
  resolve?: AddressResolver;
};

export type DataDipOutcome = 'success' | 'failed' | 'timedOut';

export type DataDipResult = {
  outcome: DataDipOutcome;
  /** The last HTTP status received (null when none was). */
  status: number | null;
  ms: number;
  /** The last URL asked, after redirects; secrets redacted. */
  url: string;
  /** The body's first 2000 characters, for the call's events; secrets redacted. */
  response: string;
  /** Body bytes read (the read stops just past the cap). */
  bytes: number;
  /** The parsed body, on success with a non-empty body. */
  json?: unknown;
  error?: string;
};

const clamp = (value: number | undefined, fallback: number, max: number) =>
  Math.min(max, Math.max(1, Math.floor(Number.isFinite(value) ? value! : fallback)));

export async function runDataDip(request: DataDipRequest, options: DataDipOptions = {}): Promise<DataDipResult> {
  const started = performance.now();
  const timeoutMs = clamp(options.timeoutMs, dataDipLimits.defaultTimeoutMs, dataDipLimits.maxTimeoutMs);
  const maxBytes = clamp(options.maxResponseBytes, dataDipLimits.defaultResponseBytes, dataDipLimits.maxResponseBytes);
  const secrets = request.secrets?.values ?? [];
  let hop: Hop | undefined;
  let status: number | null = null;
  const finish = (outcome: DataDipOutcome, answer: Partial<Answer> & { json?: unknown; error?: string }): DataDipResult => ({
    outcome,
    status,
    ms: Math.round(performance.now() - started),
    url: redactSecrets(hop?.url.href ?? request.url, secrets),
    response: storedText(answer.body, secrets),
    bytes: answer.bytes ?? 0,
    ...(answer.json !== undefined && { json: redactJson(answer.json, secrets) }),
    ...(answer.error !== undefined && { error: redactSecrets(answer.error, secrets) }),
  });

  if (!dataDipMethods.includes(request.method)) return finish('failed', { error: `the method ${request.method} is not one of ${dataDipMethods.join(', ')}` });
  try {
    hop = firstHop(request);
  } catch {
    return finish('failed', { error: 'the URL is not a valid address' });
  }
  const policy = guardPolicy(options.allowHosts ?? [], options.resolve);
  const lookup = guardedLookup(policy);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      if (hop.url.protocol !== 'http:' && hop.url.protocol !== 'https:') return finish('failed', { error: `only http and https, not ${hop.url.protocol}` });
      const refusal = literalRefusal(hop.url, policy);
      if (refusal) return finish('failed', { error: refusal });
      const answer = await exchange(hop, { lookup, signal: deadline.signal, maxBytes, onStatus: (s) => (status = s) });
      if (redirectStatuses.has(answer.status) && answer.location !== null) {
        if (redirects === dataDipLimits.maxRedirects) return finish('failed', { error: `more than ${dataDipLimits.maxRedirects} redirects` });
        const next = nextHop(hop, answer.status, answer.location, request.secrets);
        if ('error' in next) return finish('failed', next);
        hop = next;
        continue;
      }
      return judge(answer, maxBytes, finish);
    }
  } catch (error) {
    if (deadline.signal.aborted || error instanceof ExchangeAborted) return finish('timedOut', { error: `no complete answer within ${timeoutMs} ms` });
    if (error instanceof RefusedHostError) return finish('failed', { error: error.message });
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? `${error.code}: ` : '';
    return finish('failed', { error: `the request failed (${code}${error instanceof Error ? error.message : String(error)})` });
  } finally {
    clearTimeout(timer);
  }
}

function judge(answer: Answer, maxBytes: number, finish: (outcome: DataDipOutcome, answer: Partial<Answer> & { json?: unknown; error?: string }) => DataDipResult) {
  if (answer.tooLarge) return finish('failed', { ...answer, error: `response larger than ${maxBytes} bytes` });
  if (answer.status < 200 || answer.status > 299) return finish('failed', { ...answer, error: `HTTP ${answer.status}` });
  const text = answer.body.toString('utf8').replace(/^\uFEFF/, '');
  if (!text.trim()) return finish('success', answer);
  if (jsonDepth(text) > maxJsonDepth) return finish('failed', { ...answer, error: `the response nests deeper than ${maxJsonDepth} levels` });
  try {
    return finish('success', { ...answer, json: JSON.parse(text) as unknown });
  } catch {
    return finish('failed', { ...answer, error: 'the response is not JSON' });
  }
}

/** The start of a body as an event can hold it: redacted, no NUL (PostgreSQL refuses it), no half surrogate pair. */
function storedText(body: Buffer | undefined, secrets: readonly NamedSecret[]): string {
  if (!body || body.length === 0) return '';
  const max = dataDipLimits.storedResponseChars;
  // Decode a little more than is kept: redaction needs whole secrets, and UTF-8 needs whole characters.
  const text = redactSecrets(body.subarray(0, max * 4 + 1024).toString('utf8'), secrets).replaceAll('\u0000', '\uFFFD');
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, cut)}…`;
}
