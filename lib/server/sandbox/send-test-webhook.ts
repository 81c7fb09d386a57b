import 'server-only';
import { randomUUID } from 'node:crypto';
import { AppError } from '@/lib/http/app-error';
import { isUnderBase } from '@/lib/sandbox/own-url';
import { appBaseUrl, voiceConnection } from '@/lib/server/voice/voice-connection';
import { sandboxState } from './sandbox-enabled';
import { sandboxWebhookTargets } from './webhook-registry';

export type TestDelivery = { type: 'VCS'; url: string; httpStatus: number | null; accepted: boolean; error?: string };

/**
 * Sandbox only: delivers one Voice Call Status event, as 8x8 would, to the registered
 * VCS URL with the registered Authorization header — proof that the registration and
 * its token work end to end. (VCS because it changes nothing: the session is unknown.)
 */
export async function sendTestWebhook(): Promise<TestDelivery> {
  const sandbox = await sandboxState();
  if (!sandbox.enabled) throw new AppError('conflict', `${sandbox.reason}: with 8x8, place a call to see its webhooks arrive`);
  if ((await voiceConnection()).mode !== 'sandbox') {
    throw new AppError('conflict', 'Only the sandbox can send a test delivery; with 8x8, place a call to see its webhooks arrive');
  }
  const target = (await sandboxWebhookTargets()).VCS;
  if (!target) throw new AppError('conflict', 'The VCS webhook is registered but disabled: nothing would be delivered');
  if (!isUnderBase(target.url, appBaseUrl())) {
    throw new AppError('conflict', `The VCS webhook is registered at ${target.url}, outside this app (${appBaseUrl()}): the sandbox delivers only to this app`);
  }
  const sessionId = `test-${randomUUID()}`;
  const body = {
    namespace: 'VOICE',
    eventType: 'CALL_STATUS',
    description: 'Test delivery from the sandbox',
    payload: { eventId: randomUUID(), sessionId, callId: `call-${sessionId}`, subAccountId: 'sandbox', callStatus: 'CALL_DISCONNECTED', callDirection: 'INBOUND' },
  };
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(target.authorization && { Authorization: target.authorization }) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
      redirect: 'manual', // a 3xx is a refusal: the token is never sent onwards
    });
    const error = response.ok ? undefined : (await response.text()).slice(0, 300);
    return { type: 'VCS', url: target.url, httpStatus: response.status, accepted: response.ok, ...(error && { error }) };
  } catch (error) {
    return { type: 'VCS', url: target.url, httpStatus: null, accepted: false, error: error instanceof Error ? error.message : String(error) };
  }
}
