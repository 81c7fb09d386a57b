import 'server-only';
import { db } from '@/lib/db';
import { loadFlowDocument } from '@/lib/flow/document';
import { AppError } from '@/lib/http/app-error';

/** One published version: its document and when, by whom, and whether calls use it now. */
export async function getFlowVersion(flowId: string, version: number) {
  const found = await db.flowVersion.findUnique({
    where: { flowId_version: { flowId, version } },
    select: {
      id: true,
      flowId: true,
      version: true,
      publishedAt: true,
      publishedBy: true,
      document: true,
      publishedOf: { select: { id: true } },
      flow: { select: { name: true } },
    },
  });
  if (!found) {
    const flow = await db.flow.findUnique({ where: { id: flowId }, select: { id: true } });
    throw new AppError('not_found', flow ? `Flow ${flowId} has no version ${version}` : `No flow with id ${flowId}`);
  }
  const { publishedOf, flow, document, ...rest } = found;
  return { ...rest, flowName: flow.name, live: publishedOf !== null, document: loadFlowDocument(document) };
}
