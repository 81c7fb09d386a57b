import { z } from 'zod';
import { parseOr422, route } from '@/lib/http/route';
import { getFlow, getFlowVersionDocument } from '@/lib/server/flows/get-flow';

const exportQuery = z.object({ version: z.coerce.number().int().positive('version must be a published version number').optional() });

/** The flow document as a download: the draft, or ?version=N for a published version. */
export const GET = route<{ id: string }>('flows.read', async (request, { params }) => {
  const { id } = await params;
  const { version } = parseOr422(exportQuery, Object.fromEntries(new URL(request.url).searchParams));
  const flow = await getFlow(id);
  const document = version ? await getFlowVersionDocument(id, version) : flow.draft;
  const fileName = `${flow.name.replace(/[^\w-]+/g, '-').toLowerCase() || 'flow'}${version ? `-v${version}` : '-draft'}.json`;
  return new Response(JSON.stringify(document, null, 2), {
    headers: { 'Content-Type': 'application/json', 'Content-Disposition': `attachment; filename="${fileName}"` },
  });
});
