import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';

export async function deleteTestCase(flowId: string, id: string, actor: AuditActor): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.flowTestCase.findFirst({ where: { id, flowId }, select: { name: true, flow: { select: { name: true } } } });
    if (!row) throw new AppError('not_found', `The flow has no test case with id ${id}`);
    await tx.flowTestCase.delete({ where: { id } });
    await recordAudit(
      actor,
      {
        action: 'flow.test_delete',
        target: { type: 'flow', id: flowId },
        summary: `Deleted test case "${row.name}" of "${row.flow.name}"`,
        details: { testCaseId: id, name: row.name },
      },
      tx,
    );
  });
}
