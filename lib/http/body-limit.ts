import { AppError } from './app-error';

/** Every body the app reads stops here: 1 MiB, counted in bytes as they arrive. */
export const maxBodyBytes = 1024 * 1024;

/**
 * The body as UTF-8 text, refused with 413 as soon as it passes the cap — a declared
 * Content-Length over the cap is refused before reading anything, and a body that lies
 * about its length (or is chunked) is cut off while streaming, so memory stays bounded.
 */
export async function readBodyText(request: Request, limit = maxBodyBytes): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function tooLarge(limit: number): AppError {
  const size = limit % (1024 * 1024) === 0 ? `${limit / (1024 * 1024)} MiB` : `${limit} bytes`;
  return new AppError('payload_too_large', `The body is larger than ${size}: send at most ${limit} bytes`);
}
