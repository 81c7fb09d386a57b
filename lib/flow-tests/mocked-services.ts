import type { StepServices } from '@/lib/flow/step-services';
import type { MockedResponse } from './test-case';

/** A test case's run made a request it has no mock for: the case fails with this message. */
export class MissingMockError extends Error {
  override name = 'MissingMockError';
}

/** What a data dip step gets back (the shape of lib/server/data-dip's DataDipResult). */
export type MockedDataDipResult = {
  outcome: 'success' | 'failed' | 'timedOut';
  status: number | null;
  ms: number;
  url: string;
  response: string;
  bytes: number;
  json?: unknown;
  error?: string;
};

/** The request as the data dip step makes it; `nodeId` picks the mock. */
export type MockedDataDipRequest = { nodeId: string; url?: string };

export type MockedServices = StepServices & { dataDip: (request: MockedDataDipRequest) => Promise<MockedDataDipResult> };

function answer(mock: MockedResponse, url: string): MockedDataDipResult {
  if (mock.kind === 'timeout') {
    return { outcome: 'timedOut', status: null, ms: 0, url, response: '', bytes: 0, error: 'The mocked request timed out' };
  }
  const response = mock.json === undefined ? '' : JSON.stringify(mock.json);
  const ok = mock.status >= 200 && mock.status < 300;
  return {
    outcome: ok ? 'success' : 'failed',
    status: mock.status,
    ms: 0,
    url,
    response: response.slice(0, 2000),
    bytes: new TextEncoder().encode(response).length,
    ...(ok && mock.json !== undefined && { json: mock.json }),
    ...(!ok && { error: `HTTP ${mock.status}` }),
  };
}

/**
 * Step services for a test run: no network. A data dip answers from the case's mock for its
 * node; a request without one, or any other request, fails the case with what to add.
 */
export function mockedServices(mocks: Readonly<Record<string, MockedResponse>>): MockedServices {
  return {
    fetch: (url) => Promise.reject(new MissingMockError(`Test cases make no requests (${url}): mock the data dip instead`)),
    dataDip: async ({ nodeId, url = '' }) => {
      const mock = mocks[nodeId];
      if (!mock) throw new MissingMockError(`The data dip "${nodeId}" has no mocked response: add one to the case's mocks`);
      return answer(mock, url);
    },
  };
}
