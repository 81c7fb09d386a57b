import { readBody, route } from '@/lib/http/route';
import { deleteFlow } from '@/lib/server/flows/delete-flow';
import { renameFlowInput, saveDraftInput } from '@/lib/server/flows/flow-input';
import { getFlow } from '@/lib/server/flows/get-flow';
import { renameFlow } from '@/lib/server/flows/rename-flow';
import { saveDraft } from '@/lib/server/flows/save-draft';

type Params = { id: string };

export const GET = route<Params>('flows.read', async (_request, { params }) => Response.json(await getFlow((await params).id)));

/** Saves the draft: { document, draftRevision, name? }. */
export const PUT = route<Params>('flows.edit', async (request, { params }, actor) => {
  const { id } = await params;
  return Response.json(await saveDraft(id, await readBody(request, saveDraftInput), actor));
});

/** Renames: { name }. The draft revision is untouched. */
export const PATCH = route<Params>('flows.edit', async (request, { params }, actor) => {
  const { id } = await params;
  return Response.json(await renameFlow(id, await readBody(request, renameFlowInput), actor));
});

/** Deletes the flow and its versions, unrouting its numbers; call history stays. */
export const DELETE = route<Params>('flows.publish', async (_request, { params }, actor) => {
  await deleteFlow((await params).id, actor);
  return new Response(null, { status: 204 });
});
