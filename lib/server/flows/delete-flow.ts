import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';

/**
 * Deletes a flow with its versions and unroutes its numbers. Calls keep their
 * history: call_session.flow_id is not a foreign key, and flow_version_id is set
 * to null when the version goes (ON DELETE SET NULL).
 */
export async function deleteFlow(id: string): Promise<{ unrouted: string[] }> {
  return db.$transaction(async (tx) => {
    const flow = await tx.flow.findUnique({ where: { id }, select: { numbers: { select: { number: true } } } });
    if (!flow) throw new AppError('not_found', `No flow with id ${id}`);
    // Unpublish first: the flow row points at a version that the cascade below removes.
    await tx.flow.update({ where: { id }, data: { publishedVersionId: null } });
    await tx.phoneNumber.deleteMany({ where: { flowId: id } });
    await tx.flow.delete({ where: { id } });
    return { unrouted: flow.numbers.map((n) => n.number) };
  });
}
