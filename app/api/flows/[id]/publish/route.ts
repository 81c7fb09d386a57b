import { parseOr422, readOptionalJson, route } from '@/lib/http/route';
import { publishInput } from '@/lib/server/flows/flow-input';
import { publishFlow } from '@/lib/server/flows/publish-flow';

export const POST = route<{ id: string }>('flows.publish', async (request, { params }) => {
  const { id } = await params;
  // The body is optional: { publishedBy? }.
  const raw = await readOptionalJson(request);
  const input = parseOr422(publishInput, raw);
  return Response.json(await publishFlow(id, input.publishedBy), { status: 201 });
});
