import { describe, expect, it } from 'vitest';
import { mockedServices, MissingMockError } from './mocked-services';

describe('mockedServices', () => {
  const services = mockedServices({
    lookup: { kind: 'response', status: 200, json: { balance: 12 } },
    broken: { kind: 'response', status: 503, json: { error: 'down' } },
    slow: { kind: 'timeout' },
  });

  it('answers a data dip from its node’s mock', async () => {
    await expect(services.dataDip({ nodeId: 'lookup', url: 'https://api.example.com/b' })).resolves.toEqual({
      outcome: 'success',
      status: 200,
      ms: 0,
      url: 'https://api.example.com/b',
      response: '{"balance":12}',
      bytes: 14,
      json: { balance: 12 },
    });
  });

  it('answers a non-2xx mock as failed, a timeout as timed out', async () => {
    await expect(services.dataDip({ nodeId: 'broken' })).resolves.toMatchObject({ outcome: 'failed', status: 503, error: 'HTTP 503' });
    await expect(services.dataDip({ nodeId: 'slow' })).resolves.toMatchObject({ outcome: 'timedOut', status: null });
  });

  it('refuses a data dip with no mock, and every real request', async () => {
    await expect(services.dataDip({ nodeId: 'other' })).rejects.toThrow(new MissingMockError('The data dip "other" has no mocked response: add one to the case\'s mocks'));
    await expect(services.fetch('https://example.com')).rejects.toThrow(/make no requests/);
  });
});
