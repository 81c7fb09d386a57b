import { route } from '@/lib/http/route';
import { getCampaign } from '@/lib/server/campaigns/get-campaign';

export const dynamic = 'force-dynamic';

/** The campaign's settings and live counts (contacts per state, attempts per outcome, pace, time left, series). */
export const GET = route<{ id: string }>('campaigns.read', async (_request, context) => Response.json(await getCampaign((await context.params).id)));
