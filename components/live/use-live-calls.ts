'use client';

import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { liveCall, liveSnapshot, type LiveCall } from '@/lib/live/live-call';

export type Connection = 'connecting' | 'live' | 'reconnecting';

function parse<T>(schema: z.ZodType<T>, data: unknown): T | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = schema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const newestFirst = (a: LiveCall, b: LiveCall) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id);
const reopenAfterMs = 3000;

/**
 * The calls in progress, kept current by /api/live/stream. EventSource reconnects by
 * itself after a dropped connection; every (re)connection starts with a snapshot,
 * which replaces the list.
 */
export function useLiveCalls(): { calls: LiveCall[] | null; connection: Connection } {
  const [calls, setCalls] = useState<LiveCall[] | null>(null);
  const [connection, setConnection] = useState<Connection>('connecting');

  useEffect(() => {
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      const current = new EventSource('/api/live/stream');
      source = current;
      current.addEventListener('snapshot', (message) => {
        const snapshot = parse(liveSnapshot, message.data);
        if (!snapshot) return;
        setCalls([...snapshot.calls].sort(newestFirst));
        setConnection('live');
      });
      current.addEventListener('change', (message) => {
        const call = parse(liveCall, message.data);
        if (!call) return;
        setCalls((list) => {
          const others = (list ?? []).filter((c) => c.id !== call.id);
          // A summary (endedAt) moves the call to history.
          return call.endedAt ? others : [...others, call].sort(newestFirst);
        });
      });
      current.addEventListener('error', () => {
        setConnection('reconnecting');
        // A refused (re)connection (an HTTP error) closes the source for good: open a new one.
        if (current.readyState === EventSource.CLOSED) timer = setTimeout(open, reopenAfterMs);
      });
    };
    open();
    return () => {
      clearTimeout(timer);
      source?.close();
    };
  }, []);

  return { calls, connection };
}
