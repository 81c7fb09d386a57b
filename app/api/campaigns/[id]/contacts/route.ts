import { AppError } from '@/lib/http/app-error';
import { bodyChunks } from '@/lib/http/body-limit';
import { route } from '@/lib/http/route';
import { importContacts } from '@/lib/server/campaigns/import-contacts';

const maxContactsBytes = 32 * 1024 * 1024;

/**
 * A text/csv body (at most 32 MiB, streamed) of a DRAFT campaign's contacts → { rows, contacts,
 * duplicates, invalid: [{ line, reason }] (the first 1,000), invalidCount, numberColumn, varColumns }.
 */
export const POST = route<{ id: string }>('campaigns.run', async (request, context, actor) => {
  const type = request.headers.get('content-type') ?? '';
  if (!/^text\/csv\s*(;|$)/i.test(type)) throw new AppError('unsupported_media_type', `Send the file as Content-Type: text/csv (got ${type || 'no Content-Type'})`);
  return Response.json(await importContacts(actor, (await context.params).id, bodyChunks(request, maxContactsBytes)));
}, { body: 'csv' });
