import { doNotCallFilterQuery } from '@/lib/do-not-call/do-not-call-input';
import { csvDownload } from '@/lib/http/csv-download';
import { parseOr422, route } from '@/lib/http/route';
import { exportDoNotCallCsv } from '@/lib/server/do-not-call/export-do-not-call';

/** The list as CSV by number (q: only the numbers starting with it), streamed a page at a time; the import reads it back. */
export const GET = route('dnc.read', async (request) => {
  const filter = parseOr422(doNotCallFilterQuery, Object.fromEntries(new URL(request.url).searchParams));
  return csvDownload(exportDoNotCallCsv(filter), 'do-not-call');
});
