import { campaignAction } from '@/lib/campaigns/campaign-input';
import { parseOr422, route } from '@/lib/http/route';
import { changeCampaign } from '@/lib/server/campaigns/change-campaign';

/** POST …/run | pause | resume | cancel → { id, status, contacts }. */
export const POST = route<{ id: string; action: string }>('campaigns.run', async (_request, context, actor) => {
  const { id, action } = await context.params;
  return Response.json(await changeCampaign(actor, id, parseOr422(campaignAction, action)));
});
