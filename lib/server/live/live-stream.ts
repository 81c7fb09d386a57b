import 'server-only';
import type { LiveCall } from '@/lib/live/live-call';
import { subscribeToLiveCalls } from './live-call-feed';
import { listLiveCalls } from './live-calls';

const heartbeatMs = 15_000;

/**
 * The live calls as server-sent events: `snapshot` ({ calls }) once listening has
 * started, then `change` (one call's current row) per change, a comment every 15 s so
 * proxies keep the connection open, and a fresh `snapshot` after the listener
 * reconnects (changes may have been missed). Ends when the client goes away.
 */
export function liveCallsStream(abort: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let close = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const event = (name: 'snapshot' | 'change', data: unknown) => send(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);

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

      const heartbeat = setInterval(() => send(': heartbeat\n\n'), heartbeatMs);
      close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        subscription.unsubscribe();
        abort.removeEventListener('abort', close);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      abort.addEventListener('abort', close, { once: true });
      send('retry: 2000\n\n');
      void subscription.ready.then(snapshot);
    },
    cancel() {
      close();
    },
  });
}
