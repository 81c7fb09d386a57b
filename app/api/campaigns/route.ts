import { createCampaignInput } from '@/lib/campaigns/campaign-input';
import { readBody, route } from '@/lib/http/route';
import { createCampaign } from '@/lib/server/campaigns/create-campaign';
import { listCampaigns } from '@/lib/server/campaigns/get-campaign';

export const dynamic = 'force-dynamic';

/** { campaigns: [...] }, newest first. */
export const GET = route('campaigns.read', async () => Response.json({ campaigns: await listCampaigns() }));

/** Settings (createCampaignInput) → 201 a DRAFT campaign; its contacts come next (POST …/contacts). */
export const POST = route('campaigns.run', async (request, _context, actor) =>
  Response.json(await createCampaign(actor, await readBody(request, createCampaignInput)), { status: 201 }),
);
