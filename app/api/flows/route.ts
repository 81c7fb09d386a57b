import { readBody, route } from '@/lib/http/route';
import { createFlow } from '@/lib/server/flows/create-flow';
import { createFlowInput } from '@/lib/server/flows/flow-input';
import { listFlows } from '@/lib/server/flows/list-flows';

export const GET = route('flows.read', async () => Response.json({ flows: await listFlows() }));

export const POST = route('flows.edit', async (request, _context, actor) => {
  const flow = await createFlow(await readBody(request, createFlowInput), actor);
  return Response.json(flow, { status: 201, headers: { Location: `/api/flows/${flow.id}` } });
});
