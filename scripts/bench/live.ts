import { randomUUID } from 'node:crypto';
import { adminHeaders } from './admin-session';
import type { Post } from './simulated-call';

// Webhook → live view: subscribes to /api/live/stream, sends `calls` CALL_RECEIVED VCAs
// one at a time and measures from each POST to the `change` event naming its session.

export async function benchLive(baseUrl: string, post: Post, dialed: string, calls: number): Promise<number[]> {
  const abort = new AbortController();
  const response = await fetch(`${baseUrl}/api/live/stream`, { signal: abort.signal, headers: adminHeaders({ Accept: 'text/event-stream' }) });
  const reader = response.body?.getReader();
  if (!response.ok || !reader) throw new Error(`GET /api/live/stream answered ${response.status}`);
  const waiting = new Map<string, () => void>();
  let snapshot: () => void = () => {};
  const snapshotSeen = new Promise<void>((resolve) => (snapshot = resolve));
  const pump = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.startsWith('event: snapshot')) snapshot();
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (block.startsWith('event: change') && data) {
          const id = (JSON.parse(data) as { id: string }).id;
          waiting.get(id)?.();
          waiting.delete(id);
        }
      }
    }
  })();
  await snapshotSeen;
  const latencies: number[] = [];
  try {
    for (let i = 0; i < calls; i += 1) {
      const sessionId = randomUUID();
      const started = performance.now();
      const seen = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no change event for ${sessionId} within 5 s`)), 5000);
        waiting.set(sessionId, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      await post('/api/webhooks/8x8/vca', {
        namespace: 'VOICE',
        eventType: 'CALL_ACTION',
        description: 'Action request of a call',
        payload: {
          eventId: randomUUID(), callId: `${sessionId}-a`, sessionId, subAccountId: 'bench', callDirection: 'INBOUND', callType: 'PSTN',
          source: '+6591178965', destination: dialed, callDuration: 0, sipCode: 200, timestamp: new Date().toISOString(),
          callStatus: 'CALL_RECEIVED', eventData: { dtmf: null },
        },
      });
      await seen;
      latencies.push(performance.now() - started);
    }
  } finally {
    abort.abort();
    await pump;
  }
  return latencies;
}
