import 'server-only';
import { db } from '@/lib/db';
import { loadFlowDocument } from '@/lib/flow/document';
import { hasErrors, lintFlow } from '@/lib/flow/lint';
import { AppError } from '@/lib/http/app-error';

/** Snapshots the draft as the next immutable version and routes new calls to it. */
export async function publishFlow(id: string, publishedBy?: string) {
  return db.$transaction(async (tx) => {
    const flow = await tx.flow.findUnique({ where: { id }, select: { draft: true } });
    if (!flow) throw new AppError('not_found', `No flow with id ${id}`);
    const document = loadFlowDocument(flow.draft);
    const issues = lintFlow(document);
    if (hasErrors(issues)) {
      const errors = issues.filter((i) => i.severity === 'error');
      throw new AppError('unprocessable', `Fix ${errors.length} problem(s) before publishing: ${errors.map((e) => e.message).join('; ')}`, {
        issues: errors,
      });
    }
    const latest = await tx.flowVersion.findFirst({ where: { flowId: id }, orderBy: { version: 'desc' }, select: { version: true } });
    const version = await tx.flowVersion.create({
      data: { flowId: id, version: (latest?.version ?? 0) + 1, document, publishedBy: publishedBy ?? null },
      select: { id: true, version: true, publishedAt: true },
    });
    await tx.flow.update({ where: { id }, data: { publishedVersionId: version.id } });
    return { ...version, warnings: issues };
  });
}
