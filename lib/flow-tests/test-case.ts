import { z } from 'zod';

// A flow's saved test case: one simulated call and what must happen on it. Stored as JSON
// (FlowTestCase.spec) and parsed with this schema on every read, like flow documents.

const text = (what: string, max: number) => z.string().trim().min(1, `${what} is empty`).max(max, `${what} is longer than ${max} characters`);

/** Digits as a caller presses them at one prompt; null is no input (the prompt times out). */
const press = z
  .string()
  .regex(/^[0-9*#]{1,32}$/, 'Each press is 1 to 32 of 0-9, * and # (or null for no input)')
  .nullable();

/** What a data dip step gets instead of a request: a response, or no answer in time. */
export const mockedResponse = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('response'),
    status: z.number().int().min(100, 'status is an HTTP status (100–599)').max(599, 'status is an HTTP status (100–599)'),
    json: z.json().optional(),
  }),
  z.object({ kind: z.literal('timeout') }),
]);
export type MockedResponse = z.infer<typeof mockedResponse>;

export const expectedEnd = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hangup') }),
  z.object({ kind: z.literal('transfer'), to: text('The transfer number', 64) }),
]);
export type ExpectedEnd = z.infer<typeof expectedEnd>;

export const testCaseSpec = z.strictObject({
  caller: text('The caller number', 64),
  dialed: text('The dialed number', 64),
  /** One entry per prompt the caller answers, in order. */
  presses: z.array(press).max(50, 'A case presses at most 50 times').default([]),
  /** The time of the call (ISO 8601), for business hours; absent: the time the case runs. */
  now: z.iso.datetime({ offset: true, message: 'now is an ISO 8601 time, e.g. 2026-03-02T10:00:00+08:00' }).optional(),
  /** Data dip responses by node id. */
  mocks: z.record(z.string().min(1).max(100), mockedResponse).default({}),
  expect: z
    .strictObject({
      /** The node ids visited, in order, exactly. */
      steps: z.array(z.string().min(1).max(100)).max(500).optional(),
      /** Snippets the caller hears, in order; each is contained in something spoken. */
      says: z.array(text('A spoken snippet', 500)).max(50).optional(),
      end: expectedEnd.optional(),
    })
    .default({}),
});
export type TestCaseSpec = z.infer<typeof testCaseSpec>;
export type TestCaseSpecInput = z.input<typeof testCaseSpec>;

export const testCaseName = text('The name', 120);
