// The browser's side of our JSON API: one place that turns a reply into data or
// the server's own message (`{ error }`), so no component parses errors itself.

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; message: string; body: Record<string, unknown> };

export async function callApi<T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      ...(init.body !== undefined && { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(init.body) }),
    });
  } catch {
    return { ok: false, status: 0, message: 'The server cannot be reached. Check your connection and try again.', body: {} };
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a proxy's error page): fall through to the status line below.
  }
  if (response.ok) return { ok: true, status: response.status, data: parsed as T };
  const body = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  // Our API says `error`; Better Auth's endpoints (/api/auth) say `message`.
  const message = typeof body.error === 'string' ? body.error : typeof body.message === 'string' ? body.message : `The request failed (HTTP ${response.status}).`;
  return { ok: false, status: response.status, message, body };
}
