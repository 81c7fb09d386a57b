import { route } from '@/lib/http/route';
import { listFlowCampaigns } from '@/lib/server/campaigns/list-flow-campaigns';

/** { campaigns: [...] }: the campaigns that ran this flow, the latest first (the designer's analytics filter). */
export const GET = route<{ id: string }>('campaigns.read', async (_request, { params }) => {
  const { id } = await params;
  return Response.json({ campaigns: await listFlowCampaigns(id) });
});
