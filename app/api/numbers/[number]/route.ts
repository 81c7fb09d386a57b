import { z } from 'zod';
import { decodedSegment } from '@/lib/http/path-segment';
import { parseOr422, route } from '@/lib/http/route';
import { numberParam, unrouteNumber } from '@/lib/server/numbers/unroute-number';

const numberParams = z.object({ number: numberParam });

/** Unroutes a number (its "+" may come as %2B): 204, or 404 when it was not routed. */
export const DELETE = route<{ number: string }>('numbers.route', async (_request, { params }, actor) => {
  await unrouteNumber(parseOr422(numberParams, { number: decodedSegment((await params).number) }).number, actor);
  return new Response(null, { status: 204 });
});
