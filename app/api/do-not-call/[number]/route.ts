import { z } from 'zod';
import { numberField, removeFromDoNotCallInput } from '@/lib/do-not-call/do-not-call-input';
import { decodedSegment } from '@/lib/http/path-segment';
import { parseOr422, readOptionalJson, route } from '@/lib/http/route';
import { removeFromDoNotCall } from '@/lib/server/do-not-call/remove-from-do-not-call';

const numberParams = z.object({ number: numberField });

/** Removes a number (its "+" may come as %2B) with a JSON body { reason } (required): 204, or 404 when it is not listed. */
export const DELETE = route<{ number: string }>('dnc.remove', async (request, { params }, actor) => {
  const { number } = parseOr422(numberParams, { number: decodedSegment((await params).number) });
  // No body at all is answered like {}: 422 "reason: required", which says what to send.
  await removeFromDoNotCall(actor, number, parseOr422(removeFromDoNotCallInput, await readOptionalJson(request)));
  return new Response(null, { status: 204 });
});
