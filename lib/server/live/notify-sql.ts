import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';

/** The channel every write to call_session notifies, delivered on commit (a rollback notifies nothing). */
export const callSessionChannel = 'call_session_changed';

/**
 * A SELECT that notifies `call_session_changed` once per row of `cte`, a CTE that wrote
 * call_session and returned its id, status, current_node_id and ended_at. It rides in
 * the writing statement, so a webhook still costs no extra round trip. A CTE that only
 * reads is evaluated only when referenced: the statement must select from this one.
 */
export function notifySessionChanges(cte: string): Prisma.Sql {
  return Prisma.sql`SELECT pg_notify(${callSessionChannel}, json_build_object(
      'sessionId', id, 'status', status, 'currentNodeId', current_node_id,
      'endedAt', to_char(ended_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text)
    FROM ${Prisma.raw(cte)}`;
}

/** The columns `notifySessionChanges` reads, for the writing CTE's RETURNING. */
export const notifiedColumns = Prisma.raw('id, status, current_node_id, ended_at');
