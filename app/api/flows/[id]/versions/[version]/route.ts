import { z } from 'zod';
import { parseOr422, route } from '@/lib/http/route';
import { versionNumber } from '@/lib/server/flows/flow-input';
import { getFlowVersion } from '@/lib/server/flows/get-flow-version';

const versionParams = z.object({ version: versionNumber });

/** A published version: its document and metadata. */
export const GET = route<{ id: string; version: string }>('flows.read', async (_request, { params }) => {
  const { id, version } = await params;
  return Response.json(await getFlowVersion(id, parseOr422(versionParams, { version }).version));
});
