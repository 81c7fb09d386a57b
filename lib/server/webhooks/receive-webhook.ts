import 'server-only';
import { parseWebhook, type VcaWebhook, type VcsWebhook, type VssWebhook, type WebhookKind } from '@/lib/eightbyeight/webhooks';
import { env } from '@/lib/env';
import { AppError } from '@/lib/http/app-error';
import { readJson } from '@/lib/http/route';
import { measured } from '@/lib/server/metrics';
import { acceptedWebhookTokens } from '@/lib/server/settings/webhook-token';
import { authenticateWebhook } from './authenticate';

type EventOf = { vca: VcaWebhook; vcs: VcsWebhook; vss: VssWebhook };

/**
 * The shared front of the three webhook endpoints: the time of arrival, the shared
 * secret (checked before the body is parsed), JSON, then the payload's schema.
 * `work` runs with database round trips counted under the webhook's kind.
 */
export async function receiveWebhook<K extends WebhookKind, T>(
  request: Request,
  kind: K,
  work: (event: EventOf[K], timing: { receivedAt: Date; startedMs: number }) => Promise<T>,
): Promise<T> {
  const timing = { receivedAt: new Date(), startedMs: performance.now() };
  authenticateWebhook(request, await acceptedWebhookTokens());
  const parsed = parseWebhook(kind as WebhookKind, await readJson(request));
  if (!parsed.ok) throw new AppError('unprocessable', `Not a ${kind.toUpperCase()} webhook: ${parsed.message}`);
  // parseWebhook checked the eventType against the endpoint's kind.
  const event = parsed.event as EventOf[K];
  return measured(env().METRICS, kind, () => work(event, timing));
}
