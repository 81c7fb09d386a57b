import { readBody, route } from '@/lib/http/route';
import { recordTestCase } from '@/lib/server/flow-tests/record-test-case';
import { recordTestCaseInput } from '@/lib/server/flow-tests/test-case-input';

type Params = { id: string };

/** Saves a call of this flow as a test case: { name, sessionId } (the designer's "Save as test case"). */
export const POST = route<Params>('flows.edit', async (request, { params }, actor) => {
  const { id } = await params;
  return Response.json(await recordTestCase(id, await readBody(request, recordTestCaseInput), actor), { status: 201 });
});
