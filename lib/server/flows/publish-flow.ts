import 'server-only';
import { db } from '@/lib/db';
import { describeDiff, diffDocuments } from '@/lib/flow/diff-documents';
import { loadFlowDocument, type FlowDocument } from '@/lib/flow/document';
import { expandedLoopIssues, hasErrors, lintFlow, type LintIssue } from '@/lib/flow/lint';
import { AppError } from '@/lib/http/app-error';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
import { listTestCases } from '@/lib/server/flow-tests/list-test-cases';
import { runCases } from '@/lib/server/flow-tests/run-flow-tests';
import { knownPrompts } from '@/lib/server/prompts/known-prompts';
import { dataDipSecretNames } from '@/lib/server/settings/data-dip-settings';
import { subflowIdSeparator } from '@/lib/flow/subflow-expansion';
import { expandWithSubflows } from './expand-subflows';

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
    const known = new Set(issues.map((i) => i.message));
    issues.push(...(await subflowIssues(document, id, tx)).filter((i) => !known.has(i.message)));
    if (hasErrors(issues)) {
      const errors = issues.filter((i) => i.severity === 'error');
      throw new AppError('unprocessable', `Fix ${errors.length} problem(s) before publishing: ${errors.map((e) => e.message).join('; ')}`, {
        issues: errors,
      });
    }
    // Every saved test case must pass against what is about to become the version.
    const tests = await runCases(document, await listTestCases(id, tx), new Date(), tx);
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

/**
 * What the draft's Subflow steps would run: a missing version, a Return it does not list, a
 * cycle between flows, and loops that never wait once the subflows are in place.
 */
async function subflowIssues(document: FlowDocument, flowId: string, tx: Parameters<typeof expandWithSubflows>[2]): Promise<LintIssue[]> {
  const expanded = await expandWithSubflows(document, flowId, tx);
  if (!expanded.ok) return expanded.issues;
  if (expanded.document === document) return [];
  // A loop found inside a subflow's steps is the Subflow step's to fix.
  const ids = new Set(document.nodes.map((n) => n.id));
  return expandedLoopIssues(expanded.document).map((issue) => {
    const owner = issue.nodeId?.split(subflowIdSeparator)[0];
    return issue.nodeId && !ids.has(issue.nodeId) && owner && ids.has(owner) ? { ...issue, nodeId: owner } : issue;
  });
}
