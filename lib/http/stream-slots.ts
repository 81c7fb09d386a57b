import type { Actor } from '@/lib/auth/actor';
import { AppError } from './app-error';

// Server-sent event streams hold a connection (and a LISTEN subscriber or a sandbox call
// watcher) for as long as the client keeps them open, so each actor may hold only a few
// at once per server process: the next one is refused with 429 until one closes.

export const streamsPerActor = 5;

/** The kinds of stream, each with its own slots, and how a refusal names them. */
const streamKinds = {
  live: 'Live calls streams (/api/live/stream)',
  campaign: 'campaign streams (/api/campaigns/{id}/stream)',
  sandboxEvents: 'test call event streams (/sandbox/api/calls/{id}/events)',
} as const;
export type StreamKind = keyof typeof streamKinds;

export type StreamSlots = {
  /** A slot for `holder`, or null when it holds `limit` already; the release frees it (once). */
  acquire: (holder: string) => (() => void) | null;
  held: (holder: string) => number;
};

export function createStreamSlots(limit: number): StreamSlots {
  const open = new Map<string, number>();
  return {
    acquire(holder) {
      const count = open.get(holder) ?? 0;
      if (count >= limit) return null;
      open.set(holder, count + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (open.get(holder) ?? 1) - 1;
        if (left > 0) open.set(holder, left);
        else open.delete(holder);
      };
    },
    held: (holder) => open.get(holder) ?? 0,
  };
}

// One registry per process, on globalThis so that every route bundle (and a dev reload) shares it.
const registry = ((globalThis as { __streamSlots?: Map<string, StreamSlots> }).__streamSlots ??= new Map());

/** The process's slots for one kind of stream. */
export function streamSlots(kind: StreamKind): StreamSlots {
  let slots = registry.get(kind);
  if (!slots) registry.set(kind, (slots = createStreamSlots(streamsPerActor)));
  return slots;
}

/**
 * `open()`'s stream, counted against the actor's slots for `kind` until it ends — read
 * to the end, cancelled by the client, or the request aborted. 429 when the actor
 * already holds every slot.
 */
export function cappedStream(kind: StreamKind, actor: Pick<Actor, 'type' | 'id'>, abort: AbortSignal, open: () => ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const release = streamSlots(kind).acquire(`${actor.type}:${actor.id}`);
  if (!release) {
    throw new AppError(
      'too_many_requests',
      `You already have ${streamsPerActor} ${streamKinds[kind]} open, the most one account or token may hold: close one (a browser tab, a test call) and try again`,
    );
  }
  try {
    return releasingWhenDone(open(), release, abort);
  } catch (error) {
    release();
    throw error;
  }
}

/** The same bytes; `release` runs once when the stream ends, is cancelled, or `abort` fires. */
export function releasingWhenDone(stream: ReadableStream<Uint8Array>, release: () => void, abort: AbortSignal): ReadableStream<Uint8Array> {
  const done = () => {
    abort.removeEventListener('abort', done);
    release();
  };
  if (abort.aborted) done();
  else abort.addEventListener('abort', done, { once: true });
  const reader = stream.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await reader.read();
        if (next.done) {
          done();
          controller.close();
        } else {
          controller.enqueue(next.value);
        }
      } catch (error) {
        done();
        controller.error(error);
      }
    },
    async cancel(reason) {
      done();
      await reader.cancel(reason);
    },
  });
}
