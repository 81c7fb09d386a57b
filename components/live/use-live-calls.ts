'use client';

import { useState } from 'react';
import type { z } from 'zod';
import { liveCall, liveSnapshot, type LiveCall } from '@/lib/live/live-call';
import { useEventStream, type Connection } from './use-event-stream';

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
const events = ['snapshot', 'change'] as const;

/**
 * The calls in progress, kept current by /api/live/stream. EventSource reconnects by
 * itself after a dropped connection; every (re)connection starts with a snapshot,
 * which replaces the list.
 */
export function useLiveCalls(): { calls: LiveCall[] | null; connection: Connection } {
  const [calls, setCalls] = useState<LiveCall[] | null>(null);
  const connection = useEventStream('/api/live/stream', events, (event, data) => {
    if (event === 'snapshot') {
      const snapshot = parse(liveSnapshot, data);
      if (snapshot) setCalls([...snapshot.calls].sort(newestFirst));
      return snapshot !== null;
    }
    const call = parse(liveCall, data);
    if (!call) return false;
    setCalls((list) => {
      const others = (list ?? []).filter((c) => c.id !== call.id);
      // A summary (endedAt) moves the call to history.
      return call.endedAt ? others : [...others, call].sort(newestFirst);
    });
    // A change alone does not say the connection is live: the snapshot does.
    return false;
  });
  return { calls, connection };
}
