const heartbeatMs = 15_000;

export type EventSink = {
  /** One named event; its data is JSON (`raw` when the caller has serialized it already). */
  event: (name: string, data: unknown, raw?: boolean) => void;
  /** Ends the stream (EventSource then reconnects by itself after `retry`). */
  close: () => void;
};

/** The headers of every server-sent event reply (no proxy buffering, no caching). */
export const eventStreamHeaders = { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' };

/**
 * A server-sent event stream: `retry: 2000` first, a comment every 15 s so proxies keep the
 * connection open, and whatever `start` sends; `start`'s cleanup runs once when the stream
 * ends — closed by `start`, cancelled by the client, or the request aborted.
 */
export function eventStream(abort: AbortSignal, start: (sink: EventSink) => () => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let close = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let cleanup = () => {};
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const heartbeat = setInterval(() => send(': heartbeat\n\n'), heartbeatMs);
      close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        cleanup();
        abort.removeEventListener('abort', close);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      abort.addEventListener('abort', close, { once: true });
      send('retry: 2000\n\n');
      cleanup = start({ event: (name, data, raw) => send(`event: ${name}\ndata: ${raw ? String(data) : JSON.stringify(data)}\n\n`), close: () => close() });
      if (closed) cleanup();
      else if (abort.aborted) close();
    },
    cancel() {
      close();
    },
  });
}
