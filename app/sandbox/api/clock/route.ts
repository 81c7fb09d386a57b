import { z } from 'zod';
import { readBody, route } from '@/lib/http/route';
import { setCampaignClock } from '@/lib/server/campaigns/clock';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

const input = z.strictObject({ at: z.iso.datetime().nullable() });

// POST /sandbox/api/clock { at }: the time this server's campaigns judge calling hours by (null: real time). Tests only.
// It decides when campaigns call, so it takes the right to run them (not the editors' sandbox.use).
export const POST = sandboxRoute(route('campaigns.run', async (request) => {
  const { at } = await readBody(request, input);
  setCampaignClock(at ? new Date(at) : null);
  return Response.json({ at });
}));
