import { readBody, route } from '@/lib/http/route';
import { deleteTestCase } from '@/lib/server/flow-tests/delete-test-case';
import { updateTestCase } from '@/lib/server/flow-tests/save-test-case';
import { updateTestCaseInput } from '@/lib/server/flow-tests/test-case-input';

type Params = { id: string; caseId: string };

/** Renames and/or replaces a case: { name?, case? }. */
export const PATCH = route<Params>('flows.edit', async (request, { params }, actor) => {
  const { id, caseId } = await params;
  return Response.json(await updateTestCase(id, caseId, await readBody(request, updateTestCaseInput), actor));
});

export const DELETE = route<Params>('flows.edit', async (_request, { params }, actor) => {
  const { id, caseId } = await params;
  await deleteTestCase(id, caseId, actor);
  return new Response(null, { status: 204 });
});
