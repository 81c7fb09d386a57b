import { eventStreamHeaders } from '@/lib/http/event-stream';
import { route } from '@/lib/http/route';
import { cappedStream } from '@/lib/http/stream-slots';
import { campaignStream } from '@/lib/server/campaigns/campaign-stream';
import { assertCampaignExists } from '@/lib/server/campaigns/get-campaign';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

// GET /api/campaigns/{id}/stream: the campaign's view as server-sent events (`view`, then each
// changed one). At most a few open at once per user or token (429 past that).
export const GET = route<{ id: string }>('campaigns.read', async (request, context, actor) => {
  const { id } = await context.params;
  await assertCampaignExists(id);
  return new Response(cappedStream('campaign', actor, request.signal, () => campaignStream(id, request.signal)), { headers: eventStreamHeaders });
});
