import 'server-only';
import { db } from '@/lib/db';
import { warmFlowVersion } from '@/lib/server/flows/flow-version-cache';
import { outsideMeasurement } from '@/lib/server/metrics';
import { BoundedMap } from './bounded-map';

// The dialed numbers' routes (number → flow and published version), kept so a call that
// arrives while the database is unavailable is still answered by its flow. Every route
// read on the webhook path updates it; a full reload (which also reads the routed versions
// into the flow-version cache while it has room) runs in the background at most once a minute.

export type RememberedRoute = { flowId: string; versionId: string | null };

const reloadEveryMs = 60_000;
const globalForRoutes = globalThis as unknown as { routeMemory?: { routes: BoundedMap<string, RememberedRoute>; loadedAt: number; loading: boolean } };
const memory = (globalForRoutes.routeMemory ??= { routes: new BoundedMap(100_000), loadedAt: 0, loading: false });

export function recallRoute(number: string): RememberedRoute | undefined {
  return memory.routes.get(number);
}

export function rememberRoute(number: string, route: RememberedRoute): void {
  memory.routes.set(number, route);
}

/** Starts a background reload when the last one is older than a minute; never waits, never throws. */
export function refreshRoutesInBackground(now = Date.now()): void {
  if (memory.loading || now - memory.loadedAt < reloadEveryMs) return;
  memory.loading = true;
  void outsideMeasurement(reloadRoutes)
    .then(() => (memory.loadedAt = Date.now()))
    .catch((error: unknown) => console.warn(`[outage] could not reload the number routes: ${String(error)}`))
    .finally(() => (memory.loading = false));
}

async function reloadRoutes(): Promise<void> {
  const rows = await db.$queryRaw<Array<{ number: string; flowId: string; versionId: string | null }>>`
    SELECT n.number, f.id AS "flowId", f.published_version_id AS "versionId"
    FROM phone_number n JOIN flow f ON f.id = n.flow_id`;
  for (const row of rows) memory.routes.set(row.number, { flowId: row.flowId, versionId: row.versionId });
  for (const versionId of new Set(rows.flatMap((row) => (row.versionId ? [row.versionId] : [])))) await warmFlowVersion(versionId);
}
