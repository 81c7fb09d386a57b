import { request as httpRequest } from 'node:http';
import type { APIRequestContext } from '@playwright/test';
import { testServer } from './test-server';

// Requests Playwright's client cannot make: a chunked body that never says its length.

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
