import { randomUUID } from 'node:crypto';
import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import type { PromptSummary } from '@/lib/server/prompts/prompt-summary';
import { storageStatePath, testServer, type TestRole } from './test-server';

// The prompt library through its API, as the pages and scripts use it.

/** Sends a file's bytes as the upload's body: POST /api/prompts?name=… */
export function postRecording(request: APIRequestContext, bytes: Buffer, name = `rec ${randomUUID().slice(0, 8)}`, contentType = 'application/octet-stream') {
  return request.post(`/api/prompts?name=${encodeURIComponent(name)}`, { headers: { 'Content-Type': contentType }, data: bytes });
}

export async function uploadRecording(request: APIRequestContext, bytes: Buffer, name?: string): Promise<PromptSummary> {
  const response = await postRecording(request, bytes, name);
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as PromptSummary;
}

/** A flow whose draft is Start → Play file (the recording's path) → Hang up. */
export function flowPlaying(path: string) {
  return {
    schemaVersion: 1,
    nodes: [
      { id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: {} },
      { id: 'greeting', kind: 'playFile', position: { x: 0, y: 100 }, data: { fileUrl: path } },
      { id: 'end', kind: 'hangup', position: { x: 0, y: 200 }, data: {} },
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'greeting' },
      { id: 'e2', source: 'greeting', sourceHandle: 'next', target: 'end' },
    ],
  };
}

/** The API as someone with `role` (signed in by global setup), sending Origin as the app's pages do. */
export function apiAs(role: TestRole): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL: testServer.baseUrl, storageState: storageStatePath(role), extraHTTPHeaders: { Origin: testServer.baseUrl } });
}
