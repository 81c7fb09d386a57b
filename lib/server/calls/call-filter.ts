import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { CallFilter } from '@/lib/calls/call-query';

/** The WHERE clause over `call_session s` for a filter. */
export function callFilterSql(filter: CallFilter, extra: readonly Prisma.Sql[] = []): Prisma.Sql {
  const conditions: Prisma.Sql[] = [...extra];
  if (filter.flowId) conditions.push(Prisma.sql`s.flow_id = ${filter.flowId}`);
  if (filter.version !== undefined) {
    // The version's id first, so the (flow_version_id, started_at) index serves the filter.
    conditions.push(
      filter.flowId
        ? Prisma.sql`s.flow_version_id = (SELECT id FROM flow_version WHERE flow_id = ${filter.flowId} AND version = ${filter.version})`
        : Prisma.sql`s.flow_version_id IN (SELECT id FROM flow_version WHERE version = ${filter.version})`,
    );
  }
  if (filter.direction) conditions.push(Prisma.sql`s.direction = ${filter.direction}::"CallDirection"`);
  if (filter.status === 'live') conditions.push(Prisma.sql`s.ended_at IS NULL`);
  else if (filter.status) conditions.push(Prisma.sql`s.final_status = ${filter.status}`);
  if (filter.from) conditions.push(Prisma.sql`s.started_at >= ${filter.from}`);
  if (filter.to) conditions.push(Prisma.sql`s.started_at < ${filter.to}`);
  if (filter.number) {
    // Starts with (ignoring a +) or ends with: each side is a btree index (see the
    // number_search migration); the patterns are digits only, so nothing needs escaping.
    const startsWith = `${filter.number}%`;
    const endsWith = `${[...filter.number].reverse().join('')}%`;
    conditions.push(Prisma.sql`(ltrim(s.caller, '+') LIKE ${startsWith} OR reverse(s.caller) LIKE ${endsWith}
      OR ltrim(s.dialed, '+') LIKE ${startsWith} OR reverse(s.dialed) LIKE ${endsWith})`);
  }
  if (filter.errorCode !== undefined) conditions.push(Prisma.sql`s.error_code = ${filter.errorCode}`);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

export const callsFromSql = Prisma.sql`FROM call_session s`;
