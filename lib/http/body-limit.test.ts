import { describe, expect, it } from 'vitest';
import { bodyChunks, maxBodyBytes, readBodyText } from './body-limit';

/** A body that never ends on its own, as a chunked upload can: it counts what was pulled. */
function endlessBody(chunk: Uint8Array) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { body, seen };
}

function post(body: BodyInit, headers: Record<string, string> = {}) {
  // Node needs duplex: 'half' for a streamed body; the DOM's RequestInit type does not know it yet.
  const init = { method: 'POST', body, headers, duplex: 'half' };
  return new Request('http://app.test/api/flows', init);
}

describe('readBodyText', () => {
  it('reads a body up to the cap as UTF-8', async () => {
    expect(await readBodyText(post(JSON.stringify({ name: '中文' })))).toBe('{"name":"中文"}');
    expect(await readBodyText(post('x'.repeat(maxBodyBytes)))).toHaveLength(maxBodyBytes);
  });

  it('counts bytes, not characters: a million "中" (3 MB) is refused with 413', async () => {
    const text = JSON.stringify('中'.repeat(1_000_000));
    expect(text.length).toBeLessThan(maxBodyBytes);
    await expect(readBodyText(post(text))).rejects.toMatchObject({ code: 'payload_too_large', status: 413 });
  });

  it('refuses a declared Content-Length over the cap before reading anything', async () => {
    const { body, seen } = endlessBody(new Uint8Array(1024));
    await expect(readBodyText(post(body, { 'content-length': String(maxBodyBytes + 1) }))).rejects.toMatchObject({ status: 413 });
    expect(seen.pulled).toBeLessThanOrEqual(64 * 1024);
  });

  it('cuts off a body without a length as soon as it passes the cap, and cancels it', async () => {
    const { body, seen } = endlessBody(new Uint8Array(64 * 1024));
    await expect(readBodyText(post(body))).rejects.toThrow(/larger than 1 MiB/);
    expect(seen.cancelled).toBe(true);
    // Read a little past the cap (what was queued), never the whole of an endless body.
    expect(seen.pulled).toBeLessThan(maxBodyBytes + 512 * 1024);
  });
});

describe('bodyChunks', () => {
  it('streams the bytes under the cap, and cuts an endless body off past it', async () => {
    const read: number[] = [];
    for await (const chunk of bodyChunks(post('x'.repeat(3000)), 4096)) read.push(chunk.byteLength);
    expect(read.reduce((a, b) => a + b, 0)).toBe(3000);

    const { body, seen } = endlessBody(new Uint8Array(1024));
    const reading = (async () => {
      for await (const _chunk of bodyChunks(post(body), 10 * 1024));
    })();
    await expect(reading).rejects.toMatchObject({ code: 'payload_too_large', message: expect.stringMatching(/larger than 10240 bytes/) });
    expect(seen.cancelled).toBe(true);
  });

  it('cancels the upload when the reader stops early', async () => {
    const { body, seen } = endlessBody(new Uint8Array(1024));
    for await (const _chunk of bodyChunks(post(body))) break;
    expect(seen.cancelled).toBe(true);
  });
});
