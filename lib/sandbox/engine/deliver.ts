import { isUnderBase } from '../own-url';
import type { SandboxCall } from './call';
import type { WebhookType } from './types';

export type Delivery = { ok: true; httpStatus: number; json: unknown } | { ok: false; httpStatus?: number; error: string };

const defaultTimeoutMs = 10_000;

/**
 * POSTs one webhook to where the subaccount registered it, with its Authorization
 * header, and records the request (and any reply) in the transcript. A type with no
 * enabled registration is not delivered, nor is one registered outside this app (the
 * Webhooks API refuses those; rows from before that rule may remain). Redirects are
 * never followed: a 3xx is a failed delivery, so no answer can send the token onwards.
 */
export async function deliver(call: SandboxCall, type: WebhookType, body: object): Promise<Delivery> {
  const target = call.deps.targets[type];
  if (!target) {
    call.record({ kind: 'webhook', webhookType: type, body, error: `no ${type} webhook is registered: not delivered` });
    return { ok: false, error: `no ${type} webhook registered` };
  }
  if (!isUnderBase(target.url, call.deps.ownBase)) {
    const error = `${type} webhook registered at ${target.url}, outside this app (${call.deps.ownBase}): not delivered`;
    call.record({ kind: 'webhook', webhookType: type, url: target.url, body, error });
    return { ok: false, error };
  }
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (target.authorization) headers.Authorization = target.authorization;
  const signal = AbortSignal.timeout(call.deps.webhookTimeoutMs ?? defaultTimeoutMs);
  let delivery: Delivery;
  try {
    const response = await call.deps.fetch(target.url, { method: 'POST', headers, body: JSON.stringify(body), signal, redirect: 'manual' });
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
