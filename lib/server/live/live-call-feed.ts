import 'server-only';
import { subscribeToCallChanges, type CallChange } from './call-changes';
import type { LiveCall } from '@/lib/live/live-call';
import { liveCallsByIds } from './live-calls';

// Turns notifications into current rows, once per process however many viewers are
// connected: ids arriving close together are read in one query.

export type LiveCallSubscriber = {
  onCalls: (calls: LiveCall[]) => void;
  onResync: () => void;
};

type Feed = {
  subscribers: Set<LiveCallSubscriber>;
  pending: Set<string>;
  timer: ReturnType<typeof setTimeout> | undefined;
  unsubscribe: (() => void) | null;
  ready: Promise<void>;
};

const globalForFeed = globalThis as unknown as { liveCallFeed?: Feed };
const feed: Feed = (globalForFeed.liveCallFeed ??= {
  subscribers: new Set(),
  pending: new Set(),
  timer: undefined,
  unsubscribe: null,
  ready: Promise.resolve(),
});

const batchWindowMs = 25;

async function flush() {
  feed.timer = undefined;
  const ids = [...feed.pending];
  feed.pending.clear();
  let calls: LiveCall[];
  try {
    calls = await liveCallsByIds(ids);
  } catch (error) {
    console.error('[live] could not read changed calls', error);
    for (const subscriber of [...feed.subscribers]) subscriber.onResync();
    return;
  }
  if (calls.length === 0) return;
  for (const subscriber of [...feed.subscribers]) subscriber.onCalls(calls);
}

function onChange(change: CallChange) {
  feed.pending.add(change.sessionId);
  feed.timer ??= setTimeout(() => void flush(), batchWindowMs);
}

function onResync() {
  for (const subscriber of [...feed.subscribers]) subscriber.onResync();
}

/** Current rows of changed calls; `ready` resolves once changes are being listened for. */
export function subscribeToLiveCalls(subscriber: LiveCallSubscriber): { ready: Promise<void>; unsubscribe: () => void } {
  feed.subscribers.add(subscriber);
  if (!feed.unsubscribe) {
    const subscription = subscribeToCallChanges({ onChange, onResync });
    feed.unsubscribe = subscription.unsubscribe;
    feed.ready = subscription.ready;
  }
  return {
    ready: feed.ready,
    unsubscribe() {
      if (!feed.subscribers.delete(subscriber) || feed.subscribers.size > 0) return;
      feed.unsubscribe?.();
      feed.unsubscribe = null;
      clearTimeout(feed.timer);
      feed.timer = undefined;
      feed.pending.clear();
    },
  };
}
