import { readBody, route } from '@/lib/http/route';
import { saveDraftInput } from '@/lib/server/flows/flow-input';
import { getFlow } from '@/lib/server/flows/get-flow';
import { saveDraft } from '@/lib/server/flows/save-draft';

type Params = { id: string };

export const GET = route<Params>(async (_request, { params }) => Response.json(await getFlow((await params).id)));

/** Saves the draft: { document, draftRevision, name? }. */
export const PUT = route<Params>(async (request, { params }) => {
  const { id } = await params;
  return Response.json(await saveDraft(id, await readBody(request, saveDraftInput)));
});
