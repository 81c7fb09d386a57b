import type { DataDipAnswer, DataDipCall, StepServices } from '@/lib/flow/step-services';
import type { MockedResponse } from './test-case';

/** A test case's run made a request it has no mock for: the case fails with this message. */
export class MissingMockError extends Error {
  override name = 'MissingMockError';
}

/**
 * Step services for a test run: no network. A data dip answers from the case's mock for its
 * node, as the server's service would have answered; a dip without one fails the case with
 * what to add.
 */
export function mockedServices(mocks: Readonly<Record<string, MockedResponse>>): StepServices {
  return {
    dataDip: async (call) => {
      const mock = mocks[call.nodeId];
      if (!mock) throw new MissingMockError(`The data dip "${call.nodeId}" has no mocked response: add one to the case's mocks`);
      return answer(mock, call);
    },
  };
}

function answer(mock: MockedResponse, call: DataDipCall): DataDipAnswer {
  const base = { method: call.method, url: call.url, ms: 0 };
  if (mock.kind === 'timeout') {
    return { outcome: 'timedOut', record: { ...base, outcome: 'timedOut', status: null, response: '', error: 'The mocked request timed out' } };
  }
  const response = mock.json === undefined ? '' : JSON.stringify(mock.json);
  const outcome = mock.status >= 200 && mock.status < 300 ? 'success' : 'failed';
  const record = { ...base, outcome, status: mock.status, response: response.slice(0, 2000), ...(outcome === 'failed' && { error: `HTTP ${mock.status}` }) } as const;
  return { outcome, ...(outcome === 'success' && mock.json !== undefined && { json: mock.json }), record };
}
