// The live view's connection as the browser keeps it (components/live/use-live-calls.ts):
// an EventSource on /api/live/stream that reconnects 2 s after the stream ends (the
// server's `retry`) and opens anew 3 s after a refused connection. Records the sessions
// it saw a `change` for.

export type LiveFollower = {
  /** Resolves when a change for `sessionId` arrives; rejects after `timeoutMs`. */
  changeFor: (sessionId: string, timeoutMs: number) => Promise<void>;
  connections: () => number;
  close: () => Promise<void>;
};

const reconnectAfterEndMs = 2000;
const reopenAfterRefusalMs = 3000;

export function followLiveCalls(baseUrl: string, headers: Record<string, string>): LiveFollower {
  const abort = new AbortController();
  const seen = new Set<string>();
  const waiters = new Map<string, () => void>();
  let connections = 0;

  const onBlock = (block: string) => {
    const event = /^event: (.*)$/m.exec(block)?.[1];
    const data = /^data: (.*)$/m.exec(block)?.[1];
    if (event !== 'change' || !data) return;
    const id = (JSON.parse(data) as { id: string }).id;
    seen.add(id);
    waiters.get(id)?.();
  };

  const readOnce = async (): Promise<number> => {
    const response = await fetch(`${baseUrl}/api/live/stream`, { signal: abort.signal, headers: { Accept: 'text/event-stream', ...headers } });
    if (!response.ok || !response.body) return reopenAfterRefusalMs;
    connections += 1;
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk as Uint8Array, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        onBlock(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
    return reconnectAfterEndMs;
  };

  const loop = (async () => {
    while (!abort.signal.aborted) {
      const waitMs = await readOnce().catch(() => reconnectAfterEndMs);
      if (!abort.signal.aborted) await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  })();

  return {
    changeFor(sessionId, timeoutMs) {
      if (seen.has(sessionId)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(sessionId);
          reject(new Error(`The live stream delivered no change for ${sessionId} within ${timeoutMs} ms (${connections} connection(s) made)`));
        }, timeoutMs);
        waiters.set(sessionId, () => {
          clearTimeout(timer);
          waiters.delete(sessionId);
          resolve();
        });
      });
    },
    connections: () => connections,
    async close() {
      abort.abort();
      await loop;
    },
  };
}
