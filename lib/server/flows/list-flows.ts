import 'server-only';
import { db } from '@/lib/db';

export type FlowSummary = Awaited<ReturnType<typeof listFlows>>[number];

export async function listFlows() {
  const flows = await db.flow.findMany({
    orderBy: { updatedAt: 'desc' },
    select: {
      id: true,
      name: true,
      createdAt: true,
      updatedAt: true,
      publishedVersion: { select: { id: true, version: true, publishedAt: true } },
      numbers: { select: { number: true }, orderBy: { number: 'asc' } },
    },
  });
  return flows.map((f) => ({
    id: f.id,
    name: f.name,
    status: f.publishedVersion ? ('published' as const) : ('draft' as const),
    publishedVersion: f.publishedVersion?.version ?? null,
    publishedAt: f.publishedVersion?.publishedAt ?? null,
    updatedAt: f.updatedAt,
    createdAt: f.createdAt,
    numbers: f.numbers.map((n) => n.number),
  }));
}
