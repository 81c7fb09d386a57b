// /api/health as the journal's contract has it: { status: ok | degraded | unavailable,
// database, journal: { waiting, bytes, oldestAt } } — 200 unless unavailable.

export type Health = { httpStatus: number | null; status: string | null; waiting: number | null; at: number };

export async function readHealth(baseUrl: string): Promise<Health> {
  const at = Date.now();
  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) });
    const body = (await response.json().catch(() => ({}))) as { status?: unknown; journal?: { waiting?: unknown } };
    const waiting = typeof body.journal?.waiting === 'number' ? body.journal.waiting : null;
    return { httpStatus: response.status, status: typeof body.status === 'string' ? body.status : null, waiting, at };
  } catch {
    return { httpStatus: null, status: null, waiting: null, at };
  }
}

/** Polls every server's health until stopped; samples per server, in order. */
export function watchHealth(servers: string[], everyMs = 500) {
  const samples: Health[][] = servers.map(() => []);
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const round = await Promise.all(servers.map(readHealth));
      round.forEach((health, i) => samples[i]!.push(health));
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    samples,
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

/**
 * Waits until every server's journal is empty: the milliseconds that took, or -1 with the
 * reason when it never drains within `deadlineMs` — at once when health
 * answers without a journal.
 */
export async function waitForDrain(servers: string[], deadlineMs: number): Promise<{ ms: number; note: string | null }> {
  const started = Date.now();
  let last: Health[] = [];
  while (Date.now() - started < deadlineMs) {
    last = await Promise.all(servers.map(readHealth));
    if (last.every((h) => h.waiting === 0)) return { ms: Date.now() - started, note: null };
    // A healthy answer without a journal will never report one drained.
    const journalless = last.find((h) => h.httpStatus === 200 && h.waiting === null);
    if (journalless) return { ms: -1, note: `health answers 200 "${journalless.status}" with no journal` };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { ms: -1, note: `still waiting after ${deadlineMs} ms: ${JSON.stringify(last.map((h) => h.waiting))}` };
}
