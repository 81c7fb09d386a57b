import { maxImportBytes } from '@/lib/do-not-call/do-not-call-input';
import { AppError } from '@/lib/http/app-error';
import { bodyChunks } from '@/lib/http/body-limit';
import { route } from '@/lib/http/route';
import { importDoNotCall } from '@/lib/server/do-not-call/import-do-not-call';

/**
 * A text/csv body (at most 16 MiB, streamed): one number a row, in the column named number,
 * phone, msisdn or e164, else the first; an optional reason column. → { rows, added,
 * alreadyListed, duplicates, invalid: [{ line, reason }] (the first 1,000), invalidCount, numberColumn }.
 */
export const POST = route('dnc.add', async (request, _context, actor) => {
  const type = request.headers.get('content-type') ?? '';
  if (!/^text\/csv\s*(;|$)/i.test(type)) {
    throw new AppError('unsupported_media_type', `Send the file as Content-Type: text/csv (got ${type || 'no Content-Type'})`);
  }
  return Response.json(await importDoNotCall(actor, bodyChunks(request, maxImportBytes)));
}, { body: 'csv' });
