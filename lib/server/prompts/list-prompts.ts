import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/http/app-error';
import type { ListPromptsQuery } from './prompt-input';
import { promptSummarySelect, toPromptSummary } from './prompt-summary';
import { promptUsage } from './prompt-usage';

/** Prisma's `contains` is a LIKE pattern: a typed "%" or "_" must match itself. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** One page of recordings; a page past the end is empty, so a client paging until an empty page stops. */
export async function listPrompts({ q, sort, sha256, page, pageSize }: ListPromptsQuery) {
  const where: Prisma.PromptWhereInput = {
    ...(q && { name: { contains: escapeLike(q), mode: 'insensitive' } }),
    ...(sha256 && { sha256: { in: sha256 } }),
  };
  // The id breaks ties, so that a recording is never on two pages, or on none.
  const orderBy: Prisma.PromptOrderByWithRelationInput[] = sort === 'name' ? [{ name: 'asc' }, { id: 'asc' }] : [{ uploadedAt: 'desc' }, { id: 'desc' }];
  const [rows, total] = await Promise.all([
    db.prompt.findMany({ where, orderBy, skip: (page - 1) * pageSize, take: pageSize, select: promptSummarySelect }),
    db.prompt.count({ where }),
  ]);
  return { prompts: rows.map(toPromptSummary), total, page, pages: Math.max(1, Math.ceil(total / pageSize)), pageSize };
}
export type PromptsPage = Awaited<ReturnType<typeof listPrompts>>;

/** One recording with the flows that play it: what a delete would be refused for, or would leave broken. */
export async function getPrompt(id: string) {
  const row = await db.prompt.findUnique({ where: { id }, select: promptSummarySelect });
  if (!row) throw new AppError('not_found', `No recording with id ${id}`);
  return { prompt: toPromptSummary(row), usage: await promptUsage(row.sha256) };
}
