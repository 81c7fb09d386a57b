import 'server-only';
import { db } from '@/lib/db';
import { loadFlowDocument } from '@/lib/flow/document';
import { lintFlow } from '@/lib/flow/lint';
import { AppError } from '@/lib/http/app-error';
import { knownPrompts } from '@/lib/server/prompts/known-prompts';
import { dataDipSecretNames } from '@/lib/server/settings/data-dip-settings';

export async function getFlow(id: string) {
  const flow = await db.flow.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      draft: true,
      draftRevision: true,
      createdAt: true,
      updatedAt: true,
      publishedVersion: { select: { id: true, version: true } },
      versions: { orderBy: { version: 'desc' }, select: { id: true, version: true, publishedAt: true, publishedBy: true } },
      numbers: { select: { number: true, label: true }, orderBy: { number: 'asc' } },
    },
  });
  if (!flow) throw new AppError('not_found', `No flow with id ${id}`);
  const draft = loadFlowDocument(flow.draft);
  return { ...flow, draft, lint: lintFlow(draft, await knownPrompts(draft), await dataDipSecretNames()) };
}

export async function getFlowVersionDocument(flowId: string, version: number) {
  const found = await db.flowVersion.findUnique({
    where: { flowId_version: { flowId, version } },
    select: { document: true },
  });
  if (!found) throw new AppError('not_found', `Flow ${flowId} has no version ${version}`);
  return loadFlowDocument(found.document);
}
