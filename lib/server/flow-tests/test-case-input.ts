import { z } from 'zod';
import { testCaseName, testCaseSpec } from '@/lib/flow-tests/test-case';

// Request bodies of the flow tests API, beside the functions that take them.

/** { name, case }: the case is lib/flow-tests/test-case.ts's spec. */
export const createTestCaseInput = z.strictObject({ name: testCaseName, case: testCaseSpec });
export type CreateTestCaseInput = z.infer<typeof createTestCaseInput>;

/** { name?, case? }: what is sent is replaced. */
export const updateTestCaseInput = z
  .strictObject({ name: testCaseName.optional(), case: testCaseSpec.optional() })
  .refine((input) => input.name !== undefined || input.case !== undefined, 'Send a name, a case or both');
export type UpdateTestCaseInput = z.infer<typeof updateTestCaseInput>;

/** ?format=junit for JUnit XML (CI test reporters); JSON otherwise. */
export const runFormat = z.enum(['json', 'junit'], { error: 'format is json or junit' }).default('json');

/** { name, sessionId }: a call of this flow to save as a case. */
export const recordTestCaseInput = z.strictObject({
  name: testCaseName,
  sessionId: z.string().trim().min(1, 'sessionId is the call to record').max(200),
});
export type RecordTestCaseInput = z.infer<typeof recordTestCaseInput>;
