import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';

/** A session with every event (in arrival order) and its legs. */
export async function getCall(sessionId: string) {
  const [session, events] = await Promise.all([
    db.callSession.findUnique({
      where: { id: sessionId },
      include: { legs: { orderBy: { legKey: 'asc' } }, flowVersion: { select: { version: true, flowId: true } } },
    }),
    db.callEvent.findMany({ where: { sessionId }, orderBy: { id: 'asc' } }),
  ]);
  if (!session) throw new AppError('not_found', `No call session ${sessionId}`);
  // Row ids are BIGINT: strings in JSON.
  const { legs, ...rest } = session;
  return {
    session: rest,
    events: events.map((e) => ({ ...e, id: e.id.toString() })),
    legs: legs.map((l) => ({ ...l, id: l.id.toString() })),
  };
}
