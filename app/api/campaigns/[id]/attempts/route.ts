import { z } from 'zod';
import { parseOr422, route } from '@/lib/http/route';
import { listAttempts } from '@/lib/server/campaigns/get-campaign';

export const dynamic = 'force-dynamic';
const query = z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(500).default(50) });

/** Each contact with its attempts (time, outcome, session), by CSV line, paged. */
export const GET = route<{ id: string }>('campaigns.read', async (request, context) => {
  const { page, pageSize } = parseOr422(query, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listAttempts((await context.params).id, page, pageSize));
});
