import type { DataDipMethod } from '@/lib/data-dip/data-dip-request';
import type { CallContext } from './call-context';

/** A data dip as the flow describes it: templates, filled in (with secrets) by the service. */
export type DataDipCall = {
  /** The step making it: the compiler fills it in (a test case's mocks are by node). */
  nodeId: string;
  method: DataDipMethod;
  url: string;
  headers: ReadonlyArray<{ name: string; value: string }>;
  body?: string;
  timeoutMs: number;
  maxResponseBytes: number;
  ctx: CallContext;
};

export type DataDipOutcome = 'success' | 'failed' | 'timedOut';

/**
 * One request as the call's events keep it and its timeline shows it: no secret (each is
 * replaced by its name), the response cut to its first 2000 characters.
 */
export type DataDipRecord = {
  nodeId: string;
  method: DataDipMethod;
  url: string;
  outcome: DataDipOutcome;
  status: number | null;
  ms: number;
  response: string;
  error?: string;
};

export type DataDipAnswer = { outcome: DataDipOutcome; json?: unknown; record: Omit<DataDipRecord, 'nodeId'> };

/**
 * The I/O a compile step may use (a data dip's HTTP request), injected so lib/flow stays
 * pure: the server passes real ones, tests and the inspector preview their own. A step that
 * uses one returns a promise; every other step stays synchronous. A service never throws:
 * a refused or broken request is an answer with outcome "failed".
 */
export type StepServices = {
  dataDip: (call: DataDipCall) => Promise<DataDipAnswer>;
};

/** What one step sees: the services with its own node filled in by the compiler. */
export type NodeServices = {
  dataDip: (call: Omit<DataDipCall, 'nodeId'>) => Promise<DataDipAnswer>;
};

export function servicesFor(services: StepServices, nodeId: string): NodeServices {
  return { dataDip: (call) => services.dataDip({ ...call, nodeId }) };
}

/** Services that refuse: for places where a step must not reach out (a preview of a draft, tests). */
export const offlineServices: StepServices = {
  dataDip: (call) =>
    Promise.resolve({
      outcome: 'failed',
      record: { method: call.method, url: call.url, outcome: 'failed', status: null, ms: 0, response: '', error: 'Requests are not made here (a preview or a test)' },
    }),
};
