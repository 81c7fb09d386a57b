import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { pagingQuery } from '@/lib/http/paging';
import { isE164, normalizePhoneNumber } from '@/lib/phone-number';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';

export const routeNumberInput = z.object({
  number: z
    .string()
    .refine(isE164, 'number must be a phone number in E.164 format, e.g. +6568332048')
    .transform(normalizePhoneNumber),
  flowId: z.string().min(1, 'flowId is required'),
  label: z.string().trim().max(80).optional(),
});
export type RouteNumberInput = z.infer<typeof routeNumberInput>;

/** Routes inbound calls to a number to a flow (re-routing a number moves it). */
export async function routeNumber(input: RouteNumberInput, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const flow = await tx.flow.findUnique({ where: { id: input.flowId }, select: { id: true, name: true } });
    if (!flow) throw new AppError('not_found', `No flow with id ${input.flowId}`);
    const before = await tx.phoneNumber.findUnique({ where: { number: input.number }, select: { flow: { select: { id: true, name: true } } } });
    const routed = await tx.phoneNumber.upsert({
      where: { number: input.number },
      create: { number: input.number, flowId: input.flowId, label: input.label ?? null },
      update: { flowId: input.flowId, ...(input.label !== undefined && { label: input.label }) },
      select: { number: true, flowId: true, label: true },
    });
    const moved = before && before.flow.id !== flow.id ? ` (moved from "${before.flow.name}")` : '';
    await recordAudit(
      actor,
      {
        action: 'number.route',
        target: { type: 'number', id: routed.number },
        summary: `Routed ${routed.number} to "${flow.name}"${moved}`,
        details: { flowId: flow.id, flowName: flow.name, previousFlowId: before?.flow.id ?? null, label: routed.label },
      },
      tx,
    );
    return routed;
  });
}

/** `GET /api/numbers?page&pageSize`: an account has a handful of numbers, so a page holds up to 1000 (the default). */
export const listNumbersQuery = pagingQuery(1000, 1000);
export type ListNumbersQuery = z.infer<typeof listNumbersQuery>;

export async function listNumbers({ page, pageSize }: ListNumbersQuery) {
  const [numbers, total] = await Promise.all([
    db.phoneNumber.findMany({
      orderBy: { number: 'asc' },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { number: true, label: true, flow: { select: { id: true, name: true } } },
    }),
    db.phoneNumber.count(),
  ]);
  return { numbers, total, page, pageSize };
}
