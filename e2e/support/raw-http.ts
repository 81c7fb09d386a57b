import { request as httpRequest } from 'node:http';
import type { APIRequestContext } from '@playwright/test';
import { testServer } from './test-server';

// Requests Playwright's client cannot make: a chunked body that never says its length, and
// bytes sent exactly as given.

/** The Cookie header of the signed-in state the test started with. */
export async function cookieHeader(request: APIRequestContext): Promise<string> {
  const { cookies } = await request.storageState();
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/**
 * POSTs a chunked body (no Content-Length) in 64 KiB pieces of `byte`, without end,
 * until the server answers — so only a server that cuts the body off while it streams
 * can answer. Stops writing after `safetyBytes` so a broken server fails the test instead of filling memory.
 */
export function postEndlessChunked(path: string, headers: Record<string, string>, safetyBytes = 64 * 1024 * 1024): Promise<{ status: number; body: string; sent: number }> {
  const url = new URL(path, testServer.baseUrl);
  const chunk = Buffer.alloc(64 * 1024, 'a');
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: testServer.baseUrl, ...headers } }, (response) => {
      answered = true;
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8'), sent });
        req.destroy();
      });
    });
    // The server may close the connection while we still write: only a missing answer is a failure.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const write = () => {
      while (!answered && sent < safetyBytes) {
        sent += chunk.byteLength;
        if (!req.write(chunk)) return void req.once('drain', write);
      }
      if (!answered) req.end();
    };
    req.write('"');
    write();
  });
}

export type RawAnswer = { status: number; body: string };

/**
 * One request on a connection of its own, its body sent exactly as given (Playwright's client
 * may re-encode a body) with a declared length or chunked. Never a kept-alive connection: the
 * server closes one after refusing a body it did not read, and a request already sent on it
 * would fail with ECONNRESET. An error after the server answered (it may close while we still
 * write a body it refused) is not a failure; no answer at all is.
 */
export function rawRequest(method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: { bytes: Buffer; chunked?: boolean }): Promise<RawAnswer> {
  const url = new URL(path, testServer.baseUrl);
  const length: Record<string, string> = !body ? {} : body.chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': String(body.bytes.length) };
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(url, { method, agent: false, headers: { ...headers, ...length } }, (response) => {
      answered = true;
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
      response.on('error', reject);
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (!body?.chunked) return void req.end(body?.bytes);
    const piece = 64 * 1024;
    for (let at = 0; at < body.bytes.length; at += piece) req.write(body.bytes.subarray(at, at + piece));
    req.end();
  });
}
