// The browser's side of our JSON API: one place that turns a reply into data or
// the server's own message (`{ error }`), so no component parses errors itself.

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; message: string; body: Record<string, unknown> };

export const unreachable = { ok: false, status: 0, message: 'The server cannot be reached. Check your connection and try again.', body: {} } as const;

export async function callApi<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      ...(init.body !== undefined && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(init.body) }),
    });
  } catch {
    return unreachable;
  }
  return apiResult<T>(response.status, await response.text());
}

/** A reply's status and text as data or the server's message; for replies fetch does not give (an upload's XMLHttpRequest). */
export function apiResult<T>(status: number, text: string): ApiResult<T> {
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a proxy's error page): fall through to the status line below.
  }
  if (status >= 200 && status < 300) return { ok: true, status, data: parsed as T };
  const body = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  // Our API says `error`; Better Auth's endpoints (/api/auth) say `message`.
  const message = typeof body.error === 'string' ? body.error : typeof body.message === 'string' ? body.message : `The request failed (HTTP ${status}).`;
  return { ok: false, status, message, body };
}
