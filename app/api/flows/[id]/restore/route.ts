import { readBody, route } from '@/lib/http/route';
import { restoreVersionInput } from '@/lib/server/flows/flow-input';
import { restoreVersion } from '@/lib/server/flows/restore-version';

/** Makes version N the draft: { version, draftRevision }; 409 when the draft moved on. */
export const POST = route<{ id: string }>('flows.publish', async (request, { params }, actor) => {
  const { id } = await params;
  return Response.json(await restoreVersion(id, await readBody(request, restoreVersionInput), actor));
});
