/**
 * The I/O a compile step may use (a data dip's HTTP request), injected so lib/flow stays
 * pure: the server passes real ones, tests and the inspector preview their own. A step that
 * uses one returns a promise; every other step stays synchronous.
 */
export type StepServices = {
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
};

/** Services that refuse: for places where a step must not reach out (a preview of a draft, tests). */
export const offlineServices: StepServices = {
  fetch: (url) => Promise.reject(new Error(`Requests are not made here (${url})`)),
};
