import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';

/**
 * Deletes a flow with its versions and unroutes its numbers. Calls keep their
 * history: call_session.flow_id is not a foreign key, and flow_version_id is set
 * to null when the version goes (ON DELETE SET NULL).
 */
export async function deleteFlow(id: string, actor: AuditActor): Promise<{ unrouted: string[] }> {
  return db.$transaction(async (tx) => {
    const flow = await tx.flow.findUnique({ where: { id }, select: { name: true, numbers: { select: { number: true } } } });
    if (!flow) throw new AppError('not_found', `No flow with id ${id}`);
    // A published version that runs this flow as a subflow would lose its steps (and its calls
    // hear the apology): such a flow is refused until those flows stop using it.
    const callers = await tx.$queryRaw<Array<{ name: string; version: number }>>`
      SELECT f.name, v.version FROM flow f JOIN flow_version v ON v.id = f.published_version_id
       WHERE f.id <> ${id} AND v.document -> 'nodes' @> ${JSON.stringify([{ kind: 'subflow', data: { flowId: id } }])}::jsonb
       ORDER BY f.name LIMIT 20`;
    if (callers.length > 0) {
      const names = callers.map((c) => `"${c.name}" v${c.version}`).join(', ');
      throw new AppError('conflict', `"${flow.name}" runs as a subflow in ${names}: publish those flows without it first`);
    }
    // Unpublish first: the flow row points at a version that the cascade below removes.
    await tx.flow.update({ where: { id }, data: { publishedVersionId: null } });
    await tx.phoneNumber.deleteMany({ where: { flowId: id } });
    await tx.flow.delete({ where: { id } });
    const unrouted = flow.numbers.map((n) => n.number);
    await recordAudit(
      actor,
      {
        action: 'flow.delete',
        target: { type: 'flow', id },
        summary: `Deleted flow "${flow.name}"${unrouted.length ? `, unrouting ${unrouted.join(', ')}` : ''}`,
        details: { name: flow.name, unrouted },
      },
      tx,
    );
    return { unrouted };
  });
}
