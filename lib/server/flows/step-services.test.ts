import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ctx } from '@/lib/flow/testing/builders';
import type { DataDipCall } from '@/lib/flow/step-services';
import { startTestServer, type TestServer } from '@/lib/testing/http-test-server';
import { serverDataDip } from './step-services';

// The server's data dip service: the call's values and the secrets filled in, the allow-list
// from the settings, a result with no secret in it; and a dip still runs when the settings
// cannot be read (the database down, nothing cached): without secrets or allowed hosts.
const settings = vi.hoisted(() => ({ secrets: { CRM_KEY: 'k-123' } as Record<string, string>, hosts: ['127.0.0.1'], down: false }));
vi.mock('@/lib/server/settings/data-dip-settings', () => ({
  dataDipSecretValues: async () => (settings.down ? Promise.reject(new Error('db down')) : settings.secrets),
  dataDipAllowHosts: async () => (settings.down ? Promise.reject(new Error('db down')) : settings.hosts),
}));

let crm: TestServer;
beforeAll(async () => {
  crm = await startTestServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ key: request.headers['x-api-key'], url: request.url }));
  });
});
afterAll(() => crm.close());

const call = (over: Partial<DataDipCall> = {}): DataDipCall => ({
  nodeId: 'lookup',
  method: 'GET',
  url: `${crm.origin}/customers?phone={{caller}}`,
  headers: [{ name: 'X-Api-Key', value: '{{secrets.CRM_KEY}}' }],
  timeoutMs: 2000,
  maxResponseBytes: 65536,
  ctx: ctx({ caller: '+6591110000' }),
  ...over,
});

describe('serverDataDip', () => {
  it('fills in the caller and the secret, and keeps the secret out of the record', async () => {
    settings.down = false;
    const answer = await serverDataDip(call());
    expect(answer.outcome).toBe('success');
    expect(answer.json).toEqual({ key: '[secret CRM_KEY]', url: '/customers?phone=%2B6591110000' });
    expect(crm.received.at(-1)?.headers['x-api-key']).toBe('k-123');
    expect(answer.record).toMatchObject({ method: 'GET', url: `${crm.origin}/customers?phone=%2B6591110000`, outcome: 'success', status: 200 });
    expect(JSON.stringify(answer)).not.toContain('k-123');
  });

  it('fails without sending when a secret is not set, naming it', async () => {
    const before = crm.received.length;
    const answer = await serverDataDip(call({ headers: [{ name: 'X-Api-Key', value: '{{secrets.GONE}}' }] }));
    expect(answer).toEqual({
      outcome: 'failed',
      record: { method: 'GET', url: `${crm.origin}/customers?phone=%2B6591110000`, outcome: 'failed', status: null, ms: 0, response: '', error: 'No secret named GONE is set: an admin adds it under Settings → Data dips' },
    });
    expect(crm.received.length).toBe(before);
  });

  it('refuses the private host when the settings cannot be read, and says why', async () => {
    settings.down = true;
    const answer = await serverDataDip(call({ headers: [] }));
    settings.down = false;
    expect(answer.outcome).toBe('failed');
    expect(answer.record.error).toMatch(/refused: 127\.0\.0\.1 is not allow-listed/);
  });
});
