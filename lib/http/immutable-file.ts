import { matchesIfNoneMatch, parseByteRange, rangeStillApplies } from './byte-range';

// A GET or HEAD of a file whose bytes never change under its URL (the URL names their
// hash): cacheable by anyone for a year, revalidated by its entity tag, readable in parts
// (a browser's <audio> seeks with Range requests).

export type ImmutableFile = { etag: string; contentType: string; size: number; lastModified: Date };

/** Reads bytes start..end (both included) of the file; called only for a response with a body. */
export type ReadBytes = (start: number, end: number) => Promise<Uint8Array<ArrayBuffer>>;

export const immutableCacheControl = 'public, max-age=31536000, immutable';

export async function immutableFileResponse(request: Request, file: ImmutableFile, read: ReadBytes): Promise<Response> {
  const headers = new Headers({
    'Cache-Control': immutableCacheControl,
    ETag: file.etag,
    'Last-Modified': file.lastModified.toUTCString(),
    'Accept-Ranges': 'bytes',
    // The bytes were checked to be audio when stored; no browser should guess otherwise.
    'X-Content-Type-Options': 'nosniff',
  });
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), file.etag)) return new Response(null, { status: 304, headers });

  headers.set('Content-Type', file.contentType);
  const range = rangeStillApplies(request.headers.get('if-range'), file.etag) ? parseByteRange(request.headers.get('range'), file.size) : { kind: 'whole' as const };
  if (range.kind === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${file.size}`);
    headers.set('Content-Type', 'application/json');
    headers.set('Cache-Control', 'no-store');
    const error = `The range ${request.headers.get('range')} is outside the file (${file.size} bytes): ask for bytes 0–${file.size - 1}`;
    return new Response(JSON.stringify({ error, code: 'range_not_satisfiable' }), { status: 416, headers });
  }
  const [start, end, status] = range.kind === 'part' ? [range.start, range.end, 206] : [0, file.size - 1, 200];
  if (status === 206) headers.set('Content-Range', `bytes ${start}-${end}/${file.size}`);
  headers.set('Content-Length', String(end - start + 1));
  // Next drops Content-Length from route handlers' responses; scripts/server.mjs restores it from this.
  headers.set('X-Declared-Content-Length', String(end - start + 1));
  const body = request.method === 'HEAD' ? null : await read(start, end);
  return new Response(body, { status, headers });
}
