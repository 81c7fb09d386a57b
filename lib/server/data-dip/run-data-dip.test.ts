import { lookup } from 'node:dns/promises';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataDipRequest } from '@/lib/data-dip/data-dip-request';
import { startTestServer, type TestServer } from '@/lib/testing/http-test-server';
import { runDataDip, type DataDipOptions } from './run-data-dip';
import type { AddressResolver } from './ssrf-guard';

// runDataDip against real HTTP servers on 127.0.0.1: slow, stalled, failing, huge and
// malformed answers, redirects, and the guard. 127.0.0.1 is private, so each test says
// whether it allow-lists it. `dip.test` is a name only this test's resolver knows.

let api: TestServer;
let other: TestServer;
let flips = 0;
const resolve: AddressResolver = async (hostname) => {
  if (hostname === 'dip.test' || hostname === 'private.test') return [{ address: '127.0.0.1', family: 4 }];
  if (hostname === 'stuck.test') return new Promise(() => {});
  // DNS rebinding: an allowed address at first, a refused one after.
  if (hostname === 'flip.test') return [{ address: flips++ === 0 ? '127.0.0.1' : '127.0.0.2', family: 4 }];
  return lookup(hostname, { all: true });
};

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
};

/** Streams `total` bytes (Infinity: until the client leaves) in 64 KiB chunks, honouring backpressure; resolves what it wrote. */
const streamed: Array<Promise<{ written: number; clientLeft: boolean }>> = [];
function stream(response: ServerResponse, total: number, declare: boolean) {
  response.writeHead(200, { 'content-type': 'application/json', ...(declare && { 'content-length': String(total) }) });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  streamed.push(
    new Promise((done) => {
      let written = 0;
      let left = false;
      response.on('close', () => {
        left = !response.writableFinished;
        done({ written, clientLeft: left });
      });
      const pump = () => {
        while (!left && written < total) {
          written += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        if (written >= total) response.end();
      };
      pump();
    }),
  );
}

beforeAll(async () => {
  other = await startTestServer((request, response) => json(response, 200, { from: 'other', path: request.url }));
  api = await startTestServer(async (request, response, body) => {
    const url = new URL(request.url ?? '/', 'http://x');
    switch (url.pathname) {
      case '/customer':
        return json(response, 200, { customer: { name: 'Ada', vip: true }, items: [{ sku: 'A1' }] });
      case '/echo':
        return json(response, 200, { method: request.method, url: request.url, headers: request.headers, body });
      case '/empty':
        return void response.writeHead(204).end();
      case '/slow-headers':
        await sleep(Number(url.searchParams.get('ms')));
        return json(response, 200, { late: true });
      case '/stalled-body':
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        return void response.write('{"started": ');
      case '/drip': {
        // A byte every 50 ms: never idle for long, never done in time.
        response.writeHead(200, { 'content-type': 'application/json' });
        response.write('[');
        const timer = setInterval(() => response.write(' '), 50);
        return void response.on('close', () => clearInterval(timer));
      }
      case '/fail':
        return json(response, 500, { error: 'database down' });
      case '/missing':
        return json(response, 404, { error: 'no such customer' });
      case '/malformed':
        response.writeHead(200, { 'content-type': 'application/json' });
        return void response.end('{"customer": {"name": "Ada"');
      case '/html':
        response.writeHead(200, { 'content-type': 'text/html' });
        return void response.end('<html>Hello</html>');
      case '/huge-declared':
        return stream(response, 10 * 1024 * 1024, true);
      case '/huge-chunked':
        return stream(response, 10 * 1024 * 1024, false);
      case '/endless':
        return stream(response, Infinity, false);
      case '/long-text':
        response.writeHead(200, { 'content-type': 'text/plain' });
        return void response.end(`${'x'.repeat(1999)}😀\u0000${'y'.repeat(5000)}`);
      case '/redirect': {
        const to = url.searchParams.get('to') ?? '/customer';
        response.writeHead(Number(url.searchParams.get('status') ?? 302), { location: to });
        return void response.end();
      }
      case '/hops': {
        const left = Number(url.searchParams.get('left'));
        if (left === 0) return json(response, 200, { arrived: true });
        response.writeHead(302, { location: `/hops?left=${left - 1}` });
        return void response.end();
      }
      default:
        return json(response, 404, { error: 'unknown path' });
    }
  });
});

afterAll(async () => {
  await Promise.all([api?.close(), other?.close()]);
});

const get = (url: string, headers: Record<string, string> = {}): DataDipRequest => ({ method: 'GET', url, headers });
const allowLocal: DataDipOptions = { allowHosts: ['127.0.0.1'], resolve };
const requestsTo = (server: TestServer, path: string) => server.received.filter((r) => r.url.startsWith(path)).length;

describe('answers', () => {
  it('success: a 2xx with JSON, parsed, stored and timed', async () => {
    const result = await runDataDip(get(`${api.origin}/customer`), allowLocal);
    expect(result).toMatchObject({ outcome: 'success', status: 200, url: `${api.origin}/customer`, json: { customer: { name: 'Ada', vip: true } } });
    expect(JSON.parse(result.response)).toEqual(result.json);
    expect(result.error).toBeUndefined();
    expect(result.ms).toBeGreaterThanOrEqual(0);
  });

  it('success: a 2xx with an empty body (no JSON to map: every variable will be "")', async () => {
    const result = await runDataDip({ method: 'DELETE', url: `${api.origin}/empty`, headers: {} }, allowLocal);
    expect(result).toMatchObject({ outcome: 'success', status: 204, response: '' });
    expect('json' in result).toBe(false);
  });

  it('sends the method, headers and body', async () => {
    const result = await runDataDip({ method: 'PATCH', url: `${api.origin}/echo?a=1`, headers: { 'Content-Type': 'application/json', 'X-Flow': 'yes' }, body: '{"d":"42"}' }, allowLocal);
    expect(result.json).toMatchObject({ method: 'PATCH', url: '/echo?a=1', body: '{"d":"42"}', headers: { 'x-flow': 'yes', accept: 'application/json' } });
  });

  it.each([
    ['/fail', 500, 'HTTP 500', /database down/],
    ['/missing', 404, 'HTTP 404', /no such customer/],
    ['/malformed', 200, 'the response is not JSON', /"Ada"/],
    ['/html', 200, 'the response is not JSON', /Hello/],
  ])('failed: %s', async (path, status, error, stored) => {
    const result = await runDataDip(get(`${api.origin}${path}`), allowLocal);
    expect(result).toMatchObject({ outcome: 'failed', status, error });
    expect(result.response).toMatch(stored);
    expect(result.json).toBeUndefined();
  });

  it('failed: nothing listening', async () => {
    const closed = await startTestServer(() => {});
    await closed.close();
    expect(await runDataDip(get(`${closed.origin}/`), allowLocal)).toMatchObject({ outcome: 'failed', status: null, error: expect.stringMatching(/ECONNREFUSED/) });
  });

  it('stores 2000 characters of a long answer, whole characters, no NUL', async () => {
    const { response } = await runDataDip(get(`${api.origin}/long-text`), allowLocal);
    expect(response).toBe(`${'x'.repeat(1999)}…`);
    const wider = await runDataDip(get(`${api.origin}/long-text`), { ...allowLocal, maxResponseBytes: 100 });
    expect(wider.response).toBe('x'.repeat(100));
  });
});

describe('timeouts: one deadline for the lookup, the connect, the headers and the body', () => {
  // Generous margins: the machine is shared. The point is that the request is cut off near the limit.
  const nearLimit = (ms: number, limit: number) => {
    expect(ms).toBeGreaterThanOrEqual(limit - 5);
    expect(ms).toBeLessThan(limit + 1000);
  };

  it('timedOut: headers later than the limit', async () => {
    const result = await runDataDip(get(`${api.origin}/slow-headers?ms=3000`), { ...allowLocal, timeoutMs: 400 });
    expect(result).toMatchObject({ outcome: 'timedOut', status: null, error: 'no complete answer within 400 ms' });
    nearLimit(result.ms, 400);
  });

  it('success: headers a little sooner than the limit', async () => {
    const result = await runDataDip(get(`${api.origin}/slow-headers?ms=150`), { ...allowLocal, timeoutMs: 2000 });
    expect(result).toMatchObject({ outcome: 'success', json: { late: true } });
    expect(result.ms).toBeGreaterThanOrEqual(145);
  });

  it('timedOut: headers in time, then the body stalls (the status is kept)', async () => {
    const result = await runDataDip(get(`${api.origin}/stalled-body`), { ...allowLocal, timeoutMs: 400 });
    expect(result).toMatchObject({ outcome: 'timedOut', status: 200 });
    nearLimit(result.ms, 400);
  });

  it('timedOut: a body that keeps trickling in (the limit is total, not idle time)', async () => {
    const result = await runDataDip(get(`${api.origin}/drip`), { ...allowLocal, timeoutMs: 500 });
    expect(result).toMatchObject({ outcome: 'timedOut', status: 200 });
    nearLimit(result.ms, 500);
  });

  it('timedOut: a name that never resolves', async () => {
    const result = await runDataDip(get('http://stuck.test/'), { ...allowLocal, timeoutMs: 300 });
    expect(result).toMatchObject({ outcome: 'timedOut', status: null });
    nearLimit(result.ms, 300);
  });

  it('holds a timeout above 8 s to 8 s, and uses 3 s by default', async () => {
    const [capped, byDefault] = await Promise.all([
      runDataDip(get(`${api.origin}/stalled-body`), { ...allowLocal, timeoutMs: 60_000 }),
      runDataDip(get(`${api.origin}/stalled-body`), allowLocal),
    ]);
    expect(capped).toMatchObject({ outcome: 'timedOut', error: 'no complete answer within 8000 ms' });
    nearLimit(capped.ms, 8000);
    expect(byDefault).toMatchObject({ outcome: 'timedOut', error: 'no complete answer within 3000 ms' });
    nearLimit(byDefault.ms, 3000);
  }, 20_000);
});

describe('size: the read stops at the cap', () => {
  it('failed: a declared 10 MB body is refused from its headers, without reading it', async () => {
    const result = await runDataDip(get(`${api.origin}/huge-declared`), allowLocal);
    expect(result).toMatchObject({ outcome: 'failed', status: 200, error: 'response larger than 65536 bytes', bytes: 0 });
    expect(await streamed.at(-1)).toMatchObject({ clientLeft: true });
  });

  it('failed: an undeclared 10 MB body is read to just past the cap, then the connection is closed', async () => {
    const result = await runDataDip(get(`${api.origin}/huge-chunked`), allowLocal);
    expect(result).toMatchObject({ outcome: 'failed', status: 200, error: 'response larger than 65536 bytes' });
    expect(result.bytes).toBeGreaterThan(65536);
    expect(result.bytes).toBeLessThanOrEqual(65536 + 64 * 1024);
    expect(result.response).toHaveLength(2001);
  });

  it('failed: an endless body ends at the cap (a reader that did not stop would time out instead)', async () => {
    const result = await runDataDip(get(`${api.origin}/endless`), { ...allowLocal, maxResponseBytes: 1024 * 1024, timeoutMs: 5000 });
    expect(result).toMatchObject({ outcome: 'failed', error: 'response larger than 1048576 bytes' });
    expect(result.bytes).toBeLessThanOrEqual(1024 * 1024 + 64 * 1024);
    expect(await streamed.at(-1)).toMatchObject({ clientLeft: true });
  });

  it('holds a cap above 1 MiB to 1 MiB', async () => {
    const result = await runDataDip(get(`${api.origin}/huge-declared`), { ...allowLocal, maxResponseBytes: 50 * 1024 * 1024 });
    expect(result.error).toBe('response larger than 1048576 bytes');
  });
});

describe('the SSRF guard', () => {
  it('refuses 127.0.0.1 unless allow-listed, before connecting', async () => {
    const before = requestsTo(api, '/customer');
    for (const url of [`${api.origin}/customer`, `http://2130706433:${api.port}/customer`, `http://0x7f.1:${api.port}/customer`, `http://[::ffff:127.0.0.1]:${api.port}/customer`]) {
      const result = await runDataDip(get(url), { resolve });
      expect(result, url).toMatchObject({ outcome: 'failed', status: null, error: expect.stringMatching(/^refused: .* is not allow-listed and is .*loopback/) });
    }
    expect(requestsTo(api, '/customer')).toBe(before);
  });

  it('refuses a name that resolves to a private address: localhost (the system resolver) and one of our own', async () => {
    const before = requestsTo(api, '/customer');
    const local = await runDataDip(get(`http://localhost:${api.port}/customer`));
    expect(local).toMatchObject({ outcome: 'failed', error: expect.stringMatching(/^refused: localhost is not allow-listed and resolves to (127\.0\.0\.1|::1), a loopback/) });
    const ours = await runDataDip(get(`http://private.test:${api.port}/customer`), { resolve, allowHosts: ['dip.test'] });
    expect(ours).toMatchObject({ outcome: 'failed', error: 'refused: private.test is not allow-listed and resolves to 127.0.0.1, a loopback address (127.0.0.0/8)' });
    expect(requestsTo(api, '/customer')).toBe(before);
  });

  it('lets an allow-listed name through, connecting to the address our lookup gave', async () => {
    const result = await runDataDip(get(`http://dip.test:${api.port}/echo`), { resolve, allowHosts: ['dip.test'] });
    expect(result).toMatchObject({ outcome: 'success', json: { headers: { host: `dip.test:${api.port}` } } });
  });

  it('checks every redirect hop: from an allow-listed host to 127.0.0.1 is refused when 127.0.0.1 is not allow-listed', async () => {
    const before = requestsTo(other, '/');
    for (const to of [`${other.origin}/x`, `http://localhost:${other.port}/x`, `http://private.test:${other.port}/x`]) {
      const result = await runDataDip(get(`http://dip.test:${api.port}/redirect?to=${encodeURIComponent(to)}`), { resolve, allowHosts: ['dip.test'] });
      expect(result, to).toMatchObject({ outcome: 'failed', status: 302, error: expect.stringMatching(/^refused: /) });
      expect(result.url).toBe(to);
    }
    expect(requestsTo(other, '/')).toBe(before);
  });

  it('checks the address of every connection: a name that rebinds to a refused address between hops is refused', async () => {
    flips = 0;
    const result = await runDataDip(get(`http://flip.test:${api.port}/redirect?to=/customer`), { resolve, allowHosts: ['127.0.0.1'] });
    expect(result).toMatchObject({ outcome: 'failed', status: 302, error: 'refused: flip.test is not allow-listed and resolves to 127.0.0.2, a loopback address (127.0.0.0/8)' });
    expect(flips).toBe(2);
  });

  it('follows up to 3 redirects, not 4', async () => {
    expect(await runDataDip(get(`${api.origin}/hops?left=3`), allowLocal)).toMatchObject({ outcome: 'success', json: { arrived: true }, url: `${api.origin}/hops?left=0` });
    expect(await runDataDip(get(`${api.origin}/hops?left=4`), allowLocal)).toMatchObject({ outcome: 'failed', status: 302, error: 'more than 3 redirects' });
  });

  it('refuses a redirect to another scheme', async () => {
    const result = await runDataDip(get(`${api.origin}/redirect?to=${encodeURIComponent('file:///etc/passwd')}`), allowLocal);
    expect(result).toMatchObject({ outcome: 'failed', error: 'redirect to file: refused: only http and https' });
  });
});

describe('secrets', () => {
  const secret = 'sk_live_0123456789abcdef';
  const withSecret = (url: string): DataDipRequest => ({
    method: 'GET',
    url,
    headers: { 'X-Api-Key': secret, Authorization: `Bearer ${secret}` },
    secrets: { values: [{ name: 'API_KEY', value: secret }], headerNames: ['X-Api-Key', 'Authorization'], inBody: false },
  });

  it('reach the server, and are redacted from everything the result holds', async () => {
    const result = await runDataDip(withSecret(`${api.origin}/echo?key=${secret}`), allowLocal);
    const seen = api.received.at(-1)!;
    expect(seen.headers['x-api-key']).toBe(secret);
    expect(seen.headers.authorization).toBe(`Bearer ${secret}`);
    expect(result.outcome).toBe('success');
    expect(JSON.stringify(result)).not.toContain(secret);
    expect(result.url).toBe(`${api.origin}/echo?key=[secret API_KEY]`);
    expect(result.json).toMatchObject({ headers: { 'x-api-key': '[secret API_KEY]', authorization: 'Bearer [secret API_KEY]' } });
    expect(result.response).toContain('[secret API_KEY]');
  });

  it('are dropped on a redirect to another origin, and kept on one to the same origin', async () => {
    const cross = await runDataDip(withSecret(`http://dip.test:${api.port}/redirect?status=307&to=${encodeURIComponent(`${other.origin}/landing`)}`), {
      resolve,
      allowHosts: ['dip.test', '127.0.0.1'],
    });
    expect(cross).toMatchObject({ outcome: 'success', json: { from: 'other' } });
    const landed = other.received.at(-1)!;
    expect(landed.url).toBe('/landing');
    expect(landed.headers['x-api-key']).toBeUndefined();
    expect(landed.headers.authorization).toBeUndefined();

    const same = await runDataDip(withSecret(`${api.origin}/redirect?status=307&to=/echo`), allowLocal);
    expect(same.json).toMatchObject({ headers: { 'x-api-key': '[secret API_KEY]' } });
    expect(api.received.at(-1)!.headers['x-api-key']).toBe(secret);
  });
});

describe('input it refuses', () => {
  it('methods other than GET, POST, PUT, PATCH and DELETE; URLs that are not http(s)', async () => {
    expect(await runDataDip({ method: 'TRACE' as 'GET', url: `${api.origin}/`, headers: {} }, allowLocal)).toMatchObject({
      outcome: 'failed',
      error: 'the method TRACE is not one of GET, POST, PUT, PATCH, DELETE',
    });
    expect(await runDataDip(get('file:///etc/passwd'), allowLocal)).toMatchObject({ outcome: 'failed', error: 'only http and https, not file:' });
    expect(await runDataDip(get('not a url'), allowLocal)).toMatchObject({ outcome: 'failed', error: 'the URL is not a valid address' });
  });
});
