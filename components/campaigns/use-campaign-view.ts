'use client';

import { useEffect, useState } from 'react';
import type { Connection } from '@/components/live/use-live-calls';
import type { CampaignView } from '@/lib/server/campaigns/get-campaign';

/** The view as JSON carries it: dates as ISO strings. */
export type CampaignViewJson = Omit<CampaignView, 'series' | 'startAt' | 'endAt' | 'createdAt' | 'startedAt' | 'finishedAt' | 'nextSlotAt'> & {
  series: Array<{ at: string; dialed: number }>;
  startAt: string;
  endAt: string;
  startedAt: string | null;
};

const reopenAfterMs = 3000;
const finished = new Set(['DONE', 'CANCELLED']);

function parseView(data: unknown): CampaignViewJson | null {
  if (typeof data !== 'string') return null;
  try {
    const view: unknown = JSON.parse(data);
    return typeof view === 'object' && view !== null && 'status' in view && 'counts' in view ? (view as CampaignViewJson) : null;
  } catch {
    return null;
  }
}

/**
 * The campaign's view, kept current by /api/campaigns/{id}/stream while it may still change
 * (not once it is done or cancelled). As with the live calls (useLiveCalls), EventSource
 * reconnects by itself after a dropped connection, a refused one is reopened, and every
 * connection starts with the current view.
 */
export function useCampaignView(id: string, initial: CampaignViewJson) {
  const [view, setView] = useState<CampaignViewJson>(initial);
  const [connection, setConnection] = useState<Connection>('connecting');
  const following = !finished.has(view.status);

  useEffect(() => {
    if (!following) return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      const current = new EventSource(`/api/campaigns/${encodeURIComponent(id)}/stream`);
      source = current;
      current.addEventListener('view', (message) => {
        const next = parseView(message.data);
        if (!next) return;
        setView(next);
        setConnection('live');
      });
      current.addEventListener('error', () => {
        setConnection('reconnecting');
        if (current.readyState === EventSource.CLOSED) timer = setTimeout(open, reopenAfterMs);
      });
    };
    open();
    return () => {
      clearTimeout(timer);
      source?.close();
    };
  }, [id, following]);

  return { view, setView, connection: following ? connection : null };
}
