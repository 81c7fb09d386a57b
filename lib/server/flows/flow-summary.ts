import type { Prisma } from '@/lib/generated/prisma/client';

/** What a list of flows shows per flow: the flows page, `GET /api/flows` and the flow pickers. */
export const flowSummarySelect = {
  id: true,
  name: true,
  createdAt: true,
  updatedAt: true,
  publishedVersion: { select: { id: true, version: true, publishedAt: true } },
  numbers: { select: { number: true }, orderBy: { number: 'asc' } },
} satisfies Prisma.FlowSelect;

type FlowSummaryRow = Prisma.FlowGetPayload<{ select: typeof flowSummarySelect }>;

export function toFlowSummary(f: FlowSummaryRow) {
  return {
    id: f.id,
    name: f.name,
    status: f.publishedVersion ? ('published' as const) : ('draft' as const),
    publishedVersion: f.publishedVersion?.version ?? null,
    publishedAt: f.publishedVersion?.publishedAt ?? null,
    updatedAt: f.updatedAt,
    createdAt: f.createdAt,
    numbers: f.numbers.map((n) => n.number),
  };
}

export type FlowSummary = ReturnType<typeof toFlowSummary>;
