import { readBody, route } from '@/lib/http/route';
import { listNumbers, routeNumber, routeNumberInput } from '@/lib/server/numbers/route-number';

export const GET = route('flows.read', async () => Response.json({ numbers: await listNumbers() }));

/** Routes inbound calls to { number } to { flowId }'s published version. */
export const POST = route('numbers.route', async (request, _context, actor) =>
  Response.json(await routeNumber(await readBody(request, routeNumberInput), actor), { status: 201 }),
);
