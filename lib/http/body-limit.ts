import { AppError } from './app-error';

/** Every body the app reads stops here: 1 MiB, counted in bytes as they arrive. */
export const maxBodyBytes = 1024 * 1024;

/**
 * The body's bytes as they arrive, refused with 413 as soon as they pass the cap — a declared
 * Content-Length over the cap is refused before reading anything, and a body that lies about
 * its length (or is chunked) is cut off while streaming, so memory stays bounded. For bodies
 * read as a stream (a CSV import); readBodyBytes and readBodyText gather them. `what` names
 * the body in the refusal ("The recording").
 */
export async function* bodyChunks(request: Request, limit = maxBodyBytes, what = 'The body'): AsyncGenerator<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit, what);
  if (!request.body) return;
  const reader = request.body.getReader();
  let received = 0;
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      received += value.byteLength;
      if (received > limit) throw tooLarge(limit, what);
      yield value;
    }
  } finally {
    // Refused, or the reader stopped early: stop the upload too.
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}

/** The whole body, under the same cap (see bodyChunks). */
export async function readBodyBytes(request: Request, limit = maxBodyBytes, what = 'The body'): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of bodyChunks(request, limit, what)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The body as UTF-8 text, under the same cap. */
export async function readBodyText(request: Request, limit = maxBodyBytes): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, limit));
}

function tooLarge(limit: number, what: string): AppError {
  const size =
    limit % (1024 * 1024) === 0 ? `${limit / (1024 * 1024)} MiB` : limit % 1_000_000 === 0 ? `${limit / 1_000_000} MB` : `${limit} bytes`;
  return new AppError('payload_too_large', `${what} is larger than ${size}: send at most ${limit} bytes`);
}
