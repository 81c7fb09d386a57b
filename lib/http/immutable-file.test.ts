import { describe, expect, it } from 'vitest';
import { immutableFileResponse, type ImmutableFile } from './immutable-file';

const content = new Uint8Array(Array.from({ length: 100 }, (_, i) => i));
const file: ImmutableFile = { etag: '"h"', contentType: 'audio/wav', size: content.length, lastModified: new Date('2026-01-02T03:04:05Z') };

async function serve(headers: Record<string, string> = {}, method = 'GET') {
  const reads: Array<[number, number]> = [];
  const response = await immutableFileResponse(new Request('http://app.test/prompts/h.wav', { method, headers }), file, async (start, end) => {
    reads.push([start, end]);
    return content.slice(start, end + 1);
  });
  const body = method === 'HEAD' || (response.status !== 200 && response.status !== 206) ? null : new Uint8Array(await response.arrayBuffer());
  return { response, body, reads, header: (name: string) => response.headers.get(name) };
}

describe('immutableFileResponse', () => {
  it('serves the whole file with its type, length, tag and a year of public caching', async () => {
    const { response, body, header } = await serve();
    expect(response.status).toBe(200);
    expect(body).toEqual(content);
    expect(header('content-type')).toBe('audio/wav');
    expect(header('content-length')).toBe('100');
    expect(header('x-declared-content-length')).toBe('100');
    expect(header('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(header('etag')).toBe('"h"');
    expect(header('accept-ranges')).toBe('bytes');
    expect(header('x-content-type-options')).toBe('nosniff');
    expect(header('last-modified')).toBe('Fri, 02 Jan 2026 03:04:05 GMT');
  });

  it('answers a range with 206 and only those bytes, read from storage alone', async () => {
    const { response, body, reads, header } = await serve({ Range: 'bytes=10-19' });
    expect(response.status).toBe(206);
    expect(header('content-range')).toBe('bytes 10-19/100');
    expect(header('content-length')).toBe('10');
    expect(body).toEqual(content.slice(10, 20));
    expect(reads).toEqual([[10, 19]]);
  });

  it('answers a range past the end with 416 and the size', async () => {
    const { response, reads, header } = await serve({ Range: 'bytes=100-' });
    expect(response.status).toBe(416);
    expect(header('content-range')).toBe('bytes */100');
    expect(((await response.json()) as { error: string }).error).toMatch(/outside the file \(100 bytes\)/);
    expect(reads).toEqual([]);
  });

  it('answers a matching If-None-Match with 304, reading nothing', async () => {
    const { response, reads, header } = await serve({ 'If-None-Match': '"h"', Range: 'bytes=0-1' });
    expect(response.status).toBe(304);
    expect(header('etag')).toBe('"h"');
    expect(reads).toEqual([]);
  });

  it('sends the whole file when If-Range names another version', async () => {
    const { response, body } = await serve({ Range: 'bytes=0-1', 'If-Range': '"other"' });
    expect(response.status).toBe(200);
    expect(body).toEqual(content);
  });

  it('answers HEAD with the same headers and no read', async () => {
    const { response, reads, header } = await serve({ Range: 'bytes=0-9' }, 'HEAD');
    expect(response.status).toBe(206);
    expect(header('content-length')).toBe('10');
    expect(reads).toEqual([]);
  });
});
