import 'server-only';
import { db } from '@/lib/db';
import { describeDiff, diffDocuments } from '@/lib/flow/diff-documents';
import { loadFlowDocument } from '@/lib/flow/document';
import { hasErrors, lintFlow } from '@/lib/flow/lint';
import { AppError } from '@/lib/http/app-error';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
import { listTestCases } from '@/lib/server/flow-tests/list-test-cases';
import { runCases } from '@/lib/server/flow-tests/run-flow-tests';
import { knownPrompts } from '@/lib/server/prompts/known-prompts';
import { dataDipSecretNames } from '@/lib/server/settings/data-dip-settings';

/** Snapshots the draft as the next immutable version and routes new calls to it. */
export async function publishFlow(id: string, actor: AuditActor, publishedBy?: string) {
  // Read before the transaction: the settings cache may query, and must not wait on it.
  const secrets = await dataDipSecretNames();
  return db.$transaction(async (tx) => {
    const flow = await tx.flow.findUnique({ where: { id }, select: { name: true, draft: true } });
    if (!flow) throw new AppError('not_found', `No flow with id ${id}`);
    const document = loadFlowDocument(flow.draft);
    // Share-locks the recordings it plays, so none is deleted before this version commits.
    const issues = lintFlow(document, await knownPrompts(document, tx, { lock: true }), secrets);
    if (hasErrors(issues)) {
      const errors = issues.filter((i) => i.severity === 'error');
      throw new AppError('unprocessable', `Fix ${errors.length} problem(s) before publishing: ${errors.map((e) => e.message).join('; ')}`, {
        issues: errors,
      });
    }
    // Every saved test case must pass against what is about to become the version.
    const tests = await runCases(document, await listTestCases(id, tx));
    const failing = tests.cases.filter((c) => !c.passed);
    if (failing.length > 0) {
      throw new AppError(
        'unprocessable',
        `${failing.length} of ${tests.total} test case(s) fail: ${failing.map((c) => `"${c.name}": ${c.difference?.message}`).join('; ')}`,
        { failingTests: failing.map(({ id: caseId, name, difference }) => ({ id: caseId, name, difference })), tests: { total: tests.total, passed: tests.passed } },
      );
    }
    const latest = await tx.flowVersion.findFirst({ where: { flowId: id }, orderBy: { version: 'desc' }, select: { version: true, document: true } });
    const version = await tx.flowVersion.create({
      data: { flowId: id, version: (latest?.version ?? 0) + 1, document, publishedBy: publishedBy ?? actor.label },
      select: { id: true, version: true, publishedAt: true },
    });
    await tx.flow.update({ where: { id }, data: { publishedVersionId: version.id } });
    // The same diff the designer's Versions tab shows for the draft against the latest version.
    const diff = latest ? diffDocuments(loadFlowDocument(latest.document), document) : null;
    await recordAudit(
      actor,
      {
        action: 'flow.publish',
        target: { type: 'flow', id },
        summary: `Published "${flow.name}" as v${version.version} — ${latest && diff ? `since v${latest.version}: ${describeDiff(diff)}` : 'its first version'}`,
        details: { name: flow.name, version: version.version, versionId: version.id, previousVersion: latest?.version ?? null, diff, warnings: issues.length },
      },
      tx,
    );
    return { ...version, warnings: issues, tests: { total: tests.total, passed: tests.passed } };
  });
}
