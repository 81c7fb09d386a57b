import { readBody, route } from '@/lib/http/route';
import { createTestCase } from '@/lib/server/flow-tests/save-test-case';
import { createTestCaseInput } from '@/lib/server/flow-tests/test-case-input';
import { listTestCases } from '@/lib/server/flow-tests/list-test-cases';

type Params = { id: string };

/** The flow's test cases, by name. */
export const GET = route<Params>('flows.read', async (_request, { params }) => Response.json({ cases: await listTestCases((await params).id) }));

/** Adds a test case: { name, case } (lib/flow-tests/test-case.ts). */
export const POST = route<Params>('flows.edit', async (request, { params }, actor) => {
  const { id } = await params;
  return Response.json(await createTestCase(id, await readBody(request, createTestCaseInput), actor), { status: 201 });
});
