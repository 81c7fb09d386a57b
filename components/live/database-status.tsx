'use client';

import { useEffect, useState } from 'react';

type Health = { status: 'ok' | 'degraded' | 'unavailable'; journal: { waiting: number; failed: number } };

const pollMs = 3000;

/** The health of this server's database and webhook journal, polled while the page is open. */
function useHealth(): Health | null {
  const [health, setHealth] = useState<Health | null>(null);
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      try {
        const response = await fetch('/api/health', { cache: 'no-store' });
        if (!stopped) setHealth((await response.json()) as Health);
      } catch {
        // The server itself is unreachable: the stream's own status says so.
      }
    };
    void check();
    const timer = setInterval(() => void check(), pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  return health;
}

const plural = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'event' : 'events'}`;

/**
 * Says when calls are being answered without the database (docs/architecture.md, "When the
 * database is down"), and how many events wait to be stored; nothing when all is well.
 */
export function DatabaseStatus() {
  const health = useHealth();
  if (!health) return null;
  const { status, journal } = health;
  const message =
    status === 'unavailable'
      ? `Database unavailable and the webhook journal is full: new calls hear an apology. ${plural(journal.waiting)} waiting.`
      : status === 'degraded'
        ? `Database unavailable: calls are answered from memory; ${plural(journal.waiting)} waiting to be stored.`
        : journal.waiting > 0
          ? `Database back: storing ${plural(journal.waiting)} that waited.`
          : null;
  if (!message && journal.failed === 0) return null;
  return (
    <div role="status" className="space-y-1 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      {message && <p>{message}</p>}
      {journal.failed > 0 && <p>{plural(journal.failed)} could not be stored and are kept in the server&apos;s failed journal (see its log).</p>}
    </div>
  );
}
