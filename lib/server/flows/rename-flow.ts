import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import type { RenameFlowInput } from './flow-input';

/** Renames a flow; the draft and its revision are left alone, so an open editor keeps saving. */
export async function renameFlow(id: string, input: RenameFlowInput) {
  const updated = await db.flow.updateMany({ where: { id }, data: { name: input.name } });
  if (updated.count === 0) throw new AppError('not_found', `No flow with id ${id}`);
  return { id, name: input.name };
}
