'use client';

import { useState } from 'react';
import { useEventStream } from '@/components/live/use-event-stream';
import type { CampaignView } from '@/lib/server/campaigns/get-campaign';

/** The view as JSON carries it: dates as ISO strings. */
export type CampaignViewJson = Omit<CampaignView, 'series' | 'startAt' | 'endAt' | 'createdAt' | 'startedAt' | 'finishedAt' | 'nextSlotAt'> & {
  series: Array<{ at: string; dialed: number }>;
  startAt: string;
  endAt: string;
  startedAt: string | null;
};

const events = ['view'] as const;
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
 * (not once it is done or cancelled), through useEventStream as the live calls are; every
 * connection starts with the current view.
 */
export function useCampaignView(id: string, initial: CampaignViewJson) {
  const [view, setView] = useState<CampaignViewJson>(initial);
  const following = !finished.has(view.status);
  const connection = useEventStream(following ? `/api/campaigns/${encodeURIComponent(id)}/stream` : null, events, (_event, data) => {
    const next = parseView(data);
    if (next) setView(next);
    return next !== null;
  });
  return { view, setView, connection: following ? connection : null };
}
