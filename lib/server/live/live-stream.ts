import 'server-only';
import type { LiveCall } from '@/lib/live/live-call';
import { eventStream } from '@/lib/http/event-stream';
import { subscribeToLiveCalls } from './live-call-feed';
import { listLiveCalls } from './live-calls';

/**
 * The live calls as server-sent events: `snapshot` ({ calls }) once listening has
 * started, then `change` (one call's current row) per change, a heartbeat comment (see
 * eventStream), and a fresh `snapshot` after the listener reconnects (changes may have
 * been missed). Ends when the client goes away.
 */
export function liveCallsStream(abort: AbortSignal): ReadableStream<Uint8Array> {
  return eventStream(abort, ({ event, close }) => {
    // Rows read before the snapshot started are older than it and are dropped; rows
    // read while it runs are sent after it, in arrival order.
    let phase: 'waiting' | 'reading' | 'sent' = 'waiting';
    let held: LiveCall[] = [];
    const subscription = subscribeToLiveCalls({
      onCalls(calls) {
        if (phase === 'sent') for (const call of calls) event('change', call);
        else if (phase === 'reading') held.push(...calls);
      },
      onResync: () => void snapshot(),
    });
    async function snapshot() {
      phase = 'reading';
      held = [];
      try {
        event('snapshot', { calls: await listLiveCalls() });
      } catch (error) {
        console.error('[live] could not read the calls in progress', error);
        close(); // EventSource reconnects and asks again
        return;
      }
      phase = 'sent';
      for (const call of held) event('change', call);
      held = [];
    }
    void subscription.ready.then(snapshot);
    return () => subscription.unsubscribe();
  });
}
