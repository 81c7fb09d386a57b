import { parseOr422, readOptionalJson, route } from '@/lib/http/route';
import { publishInput } from '@/lib/server/flows/flow-input';
import { publishFlow } from '@/lib/server/flows/publish-flow';

export const POST = route<{ id: string }>('flows.publish', async (request, { params }, actor) => {
  const { id } = await params;
  // The body is optional: { publishedBy? } (else the version is credited to the caller).
  const raw = await readOptionalJson(request);
  const input = parseOr422(publishInput, raw);
  return Response.json(await publishFlow(id, actor, input.publishedBy), { status: 201 });
});
