import 'server-only';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { redirectStatuses, type Hop } from './redirect-hop';

// One request and its answer, read up to a byte cap. A fresh connection every time (no
// keep-alive pool): each one is made through the guard's lookup with the allow-list of the
// moment, so a socket opened under an earlier allow-list is never reused.

export type Answer = {
  status: number;
  location: string | null;
  /** The body's first `maxBytes` bytes (empty for a redirect). */
  body: Buffer;
  /** Bytes read off the wire; past the cap the read stops and `tooLarge` is set. */
  bytes: number;
  tooLarge: boolean;
};

export type ExchangeOptions = {
  lookup: LookupFunction;
  signal: AbortSignal;
  maxBytes: number;
  /** Told the status as soon as headers arrive, so a body that stalls still reports it. */
  onStatus: (status: number) => void;
};

export class ExchangeAborted extends Error {
  override readonly name = 'ExchangeAborted';
}

const defaultHeaders = { accept: 'application/json', 'accept-encoding': 'identity', 'user-agent': 'IVR-Studio-data-dip/1' };

export function exchange(hop: Hop, { lookup, signal, maxBytes, onStatus }: ExchangeOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let response: IncomingMessage | undefined;
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', abort);
      finish();
    };
    const abort = () => {
      settle(() => reject(new ExchangeAborted('aborted')));
      request.destroy();
      response?.destroy();
    };
    const lowerNames = new Set(Object.keys(hop.headers).map((n) => n.toLowerCase()));
    const headers = { ...Object.fromEntries(Object.entries(defaultHeaders).filter(([n]) => !lowerNames.has(n))), ...hop.headers };
    const client = hop.url.protocol === 'https:' ? https : http;
    const request = client.request(hop.url, { method: hop.method, headers, lookup, agent: false }, (res) => {
      response = res;
      const status = res.statusCode ?? 0;
      onStatus(status);
      const location = typeof res.headers.location === 'string' ? res.headers.location : null;
      // `stop`: the rest of the body is not wanted (a redirect's, or past the cap): close the connection.
      const done = (body: Buffer, bytes: number, tooLarge: boolean, stop: boolean) => {
        settle(() => resolve({ status, location, body, bytes, tooLarge }));
        if (stop) res.destroy();
      };
      if (redirectStatuses.has(status) && location) return done(Buffer.alloc(0), 0, false, true);
      if (Number(res.headers['content-length']) > maxBytes) return done(Buffer.alloc(0), 0, true, true);
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes <= maxBytes) return void chunks.push(chunk);
        chunks.push(chunk.subarray(0, chunk.length - (bytes - maxBytes)));
        done(Buffer.concat(chunks), bytes, true, true);
      });
      res.on('end', () => done(Buffer.concat(chunks), bytes, false, false));
      res.on('error', (error) => settle(() => reject(error)));
      res.on('close', () => {
        if (!res.complete) settle(() => reject(new Error('the connection closed before the response ended')));
      });
    });
    request.on('error', (error) => settle(() => reject(error)));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    request.end(hop.body);
  });
}
