import { describe, expect, it } from 'vitest';
import { ctx } from '@/lib/flow/testing/builders';
import { mockedServices, MissingMockError } from './mocked-services';

describe('mockedServices', () => {
  const services = mockedServices({
    lookup: { kind: 'response', status: 200, json: { balance: 12 } },
    broken: { kind: 'response', status: 503, json: { error: 'down' } },
    slow: { kind: 'timeout' },
  });
  const call = (nodeId: string) => ({ nodeId, method: 'GET' as const, url: 'https://api.example.com/b', headers: [], timeoutMs: 3000, maxResponseBytes: 65536, ctx: ctx() });

  it('answers a data dip from its node’s mock, as the server would', async () => {
    await expect(services.dataDip(call('lookup'))).resolves.toEqual({
      outcome: 'success',
      json: { balance: 12 },
      record: { method: 'GET', url: 'https://api.example.com/b', outcome: 'success', status: 200, ms: 0, response: '{"balance":12}' },
    });
  });

  it('answers a non-2xx mock as failed, a timeout as timed out, with no variables', async () => {
    await expect(services.dataDip(call('broken'))).resolves.toEqual({
      outcome: 'failed',
      record: { method: 'GET', url: 'https://api.example.com/b', outcome: 'failed', status: 503, ms: 0, response: '{"error":"down"}', error: 'HTTP 503' },
    });
    await expect(services.dataDip(call('slow'))).resolves.toMatchObject({ outcome: 'timedOut', record: { status: null } });
  });

  it('refuses a data dip with no mock, saying what to add', async () => {
    await expect(services.dataDip(call('other'))).rejects.toThrow(new MissingMockError('The data dip "other" has no mocked response: add one to the case\'s mocks'));
  });
});
