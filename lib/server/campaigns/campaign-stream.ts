import 'server-only';
import { eventStream } from '@/lib/http/event-stream';
import { watchCampaign } from './campaign-feed';

/**
 * A campaign's view as server-sent events: `view` (the same JSON as GET /api/campaigns/{id})
 * first, then again each time it changes, with eventStream's heartbeat. Ends when the
 * client goes away; a reconnection starts with the current view again.
 */
export function campaignStream(campaignId: string, abort: AbortSignal): ReadableStream<Uint8Array> {
  return eventStream(abort, ({ event }) => watchCampaign(campaignId, (json) => event('view', json, true)));
}
