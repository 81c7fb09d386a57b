import type { SandboxCall } from './call';
import type { WebhookType } from './types';

export type Delivery = { ok: true; httpStatus: number; json: unknown } | { ok: false; httpStatus?: number; error: string };

const defaultTimeoutMs = 10_000;

/**
 * POSTs one webhook to where the subaccount registered it, with its Authorization
 * header, and records the request (and any reply) in the transcript. A type with no
 * enabled registration is not delivered.
 */
export async function deliver(call: SandboxCall, type: WebhookType, body: object): Promise<Delivery> {
  const target = call.deps.targets[type];
  if (!target) {
    call.record({ kind: 'webhook', webhookType: type, body, error: `no ${type} webhook is registered: not delivered` });
    return { ok: false, error: `no ${type} webhook registered` };
  }
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (target.authorization) headers.Authorization = target.authorization;
  const signal = AbortSignal.timeout(call.deps.webhookTimeoutMs ?? defaultTimeoutMs);
  let delivery: Delivery;
  try {
    const response = await call.deps.fetch(target.url, { method: 'POST', headers, body: JSON.stringify(body), signal });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = text;
    }
    delivery = response.ok
      ? { ok: true, httpStatus: response.status, json }
      : { ok: false, httpStatus: response.status, error: `${type} endpoint answered HTTP ${response.status}: ${text.slice(0, 300)}` };
  } catch (error) {
    delivery = { ok: false, error: `${type} endpoint ${target.url} unreachable: ${error instanceof Error ? error.message : String(error)}` };
  }
  call.record({
    kind: 'webhook',
    webhookType: type,
    url: target.url,
    body,
    ...(delivery.httpStatus !== undefined && { httpStatus: delivery.httpStatus }),
    ...(!delivery.ok && { error: delivery.error }),
  });
  return delivery;
}
