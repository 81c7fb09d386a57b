import { parseOr422, readBody, route } from '@/lib/http/route';
import { listNumbers, listNumbersQuery, routeNumber, routeNumberInput } from '@/lib/server/numbers/route-number';

/** `?page&pageSize`: { numbers, total, page, pageSize }, by number. */
export const GET = route('flows.read', async (request) =>
  Response.json(await listNumbers(parseOr422(listNumbersQuery, Object.fromEntries(new URL(request.url).searchParams)))),
);

/** Routes inbound calls to { number } to { flowId }'s published version. */
export const POST = route('numbers.route', async (request, _context, actor) =>
  Response.json(await routeNumber(await readBody(request, routeNumberInput), actor), { status: 201 }),
);
