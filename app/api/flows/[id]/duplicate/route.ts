import { parseOr422, readOptionalJson, route } from '@/lib/http/route';
import { duplicateFlow } from '@/lib/server/flows/duplicate-flow';
import { duplicateFlowInput } from '@/lib/server/flows/flow-input';

/** A copy of the draft as a new unpublished flow: { name? } (default "Copy of …"). */
export const POST = route<{ id: string }>('flows.edit', async (request, { params }, actor) => {
  const { id } = await params;
  const raw = await readOptionalJson(request);
  const flow = await duplicateFlow(id, parseOr422(duplicateFlowInput, raw), actor);
  return Response.json(flow, { status: 201, headers: { Location: `/api/flows/${flow.id}` } });
});
