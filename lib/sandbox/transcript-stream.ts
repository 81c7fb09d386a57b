import { AppError } from '@/lib/http/app-error';
import { callLimits, type SandboxCall } from './engine/call';
import type { TranscriptEntry } from './engine/types';

/**
 * The transcript as server-sent events: every entry so far, then each new one as
 * `data: <entry JSON>`; the stream closes after the `ended` entry. 429 past
 * callLimits.listeners streams on one call.
 */
export function transcriptStream(call: SandboxCall, abort: AbortSignal): ReadableStream<Uint8Array> {
  if (call.status !== 'ended' && !call.canSubscribe) {
    throw new AppError('too_many_requests', `${callLimits.listeners} event streams already follow this call: close one first`);
  }
  const encoder = new TextEncoder();
  let unsubscribe = () => {};
  let closed = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        controller.close();
      };
      const send = (entry: TranscriptEntry) => {
        if (closed) return;
        controller.enqueue(encoder.encode(`data: ${JSON.stringify(entry)}\n\n`));
        if (entry.kind === 'ended') close();
      };
      for (const entry of call.transcript) send(entry);
      if (closed) return;
      unsubscribe = call.subscribe(send);
      abort.addEventListener('abort', close, { once: true });
    },
    cancel() {
      closed = true;
      unsubscribe();
    },
  });
}
