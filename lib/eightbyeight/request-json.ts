import { VoiceApiError } from './voice-api-error';

/** The part of `fetch` the client uses, so tests can inject a fake. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export type JsonRequest = {
  fetch: FetchLike;
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  apiKey: string;
  timeoutMs: number;
  body?: unknown;
};

/** `json` is null for an empty body. */
export type JsonResponse = { status: number; ok: boolean; json: unknown; /** The Retry-After header of a refusal (429, 503), as sent. */ retryAfter?: string | null };

/**
 * One authenticated JSON round trip. Transport failures, timeouts and bodies that are
 * not JSON become a VoiceApiError; any JSON answer, whatever its status, is returned
 * for the caller to interpret, since 8x8 explains most failures in a JSON body.
 */
export async function requestJson(request: JsonRequest): Promise<JsonResponse> {
  const { method, url } = request;
  const signal = AbortSignal.timeout(request.timeoutMs);
  const headers: Record<string, string> = {
    Authorization: `Bearer ${request.apiKey}`,
    Accept: 'application/json',
  };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  let raw: string;
  try {
    response = await request.fetch(url, {
      method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal,
    });
    raw = await response.text();
  } catch (cause) {
    if (signal.aborted) {
      throw new VoiceApiError('timeout', url, `${method} ${url}: no answer within ${request.timeoutMs} ms`, { cause });
    }
    throw new VoiceApiError('network', url, `${method} ${url}: request failed (${describeCause(cause)})`, { cause });
  }

  const retryAfter = response.headers?.get?.('retry-after') ?? null;
  if (raw.trim() === '') return { status: response.status, ok: response.ok, json: null, retryAfter };
  try {
    return { status: response.status, ok: response.ok, json: JSON.parse(raw), retryAfter };
  } catch (cause) {
    const kind = response.ok ? 'invalid-response' : 'http';
    const message = `${method} ${url}: HTTP ${response.status} with a non-JSON body: ${snippet(raw)}`;
    throw new VoiceApiError(kind, url, message, { httpStatus: response.status, cause });
  }
}

// Node's fetch reports "fetch failed" and hides the reason (ECONNREFUSED, ENOTFOUND…) in `cause`.
function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const inner = error.cause;
  if (inner instanceof Error) {
    const code = 'code' in inner && typeof inner.code === 'string' ? inner.code : inner.message;
    return `${error.message}: ${code}`;
  }
  return error.message;
}

function snippet(raw: string): string {
  const flat = raw.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 120 ? `${flat.slice(0, 120)}…` : flat);
}
