import { callFilterQuery } from '@/lib/calls/call-query';
import { csvDownload } from '@/lib/http/csv-download';
import { parseOr422, route } from '@/lib/http/route';
import { exportCallsCsv } from '@/lib/server/calls/export-calls';

/** The filtered call history as CSV (same filters as GET /api/calls), streamed a page at a time. */
export const GET = route('calls.read', async (request) => {
  const filter = parseOr422(callFilterQuery, Object.fromEntries(new URL(request.url).searchParams));
  return csvDownload(exportCallsCsv(filter), 'calls');
});
