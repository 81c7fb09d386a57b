import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { cappedStream, createStreamSlots, releasingWhenDone, streamSlots, streamsPerActor } from './stream-slots';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A stream that stays open until closed from outside, like an SSE stream. */
function endless() {
  let close = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes('retry: 2000\n\n'));
      close = () => controller.close();
    },
  });
  return { stream, close: () => close() };
}

describe('createStreamSlots', () => {
  it('gives each holder at most `limit` slots, freed by their release (once each)', () => {
    const slots = createStreamSlots(2);
    const a1 = slots.acquire('user:a');
    const a2 = slots.acquire('user:a');
    expect(slots.acquire('user:a')).toBeNull();
    expect(slots.acquire('token:a')).not.toBeNull();
    a1!();
    a1!();
    expect(slots.held('user:a')).toBe(1);
    expect(slots.acquire('user:a')).not.toBeNull();
    expect(slots.acquire('user:a')).toBeNull();
    a2!();
    expect(slots.held('user:a')).toBe(1);
  });
});

describe('releasingWhenDone', () => {
  it('passes the bytes through and releases when the stream ends', async () => {
    let released = 0;
    const text = await new Response(releasingWhenDone(new Response('data: 1\n\n').body!, () => released++, new AbortController().signal)).text();
    expect(text).toBe('data: 1\n\n');
    expect(released).toBe(1);
  });

  it('releases when the client cancels, and when the request is aborted', async () => {
    let released = 0;
    const cancelled = releasingWhenDone(endless().stream, () => released++, new AbortController().signal);
    await cancelled.getReader().cancel();
    expect(released).toBe(1);

    const abort = new AbortController();
    releasingWhenDone(endless().stream, () => released++, abort.signal);
    abort.abort();
    abort.abort();
    expect(released).toBe(2);
  });
});

describe('cappedStream', () => {
  it(`refuses the ${streamsPerActor + 1}th open stream of one actor with 429, and takes one again after a close`, async () => {
    const actor = { type: 'user' as const, id: `u-${Math.random()}` };
    const open = Array.from({ length: streamsPerActor }, () => {
      const abort = new AbortController();
      const inner = endless();
      return { abort, inner, stream: cappedStream('live', actor, abort.signal, () => inner.stream) };
    });
    const refused = () => cappedStream('live', actor, new AbortController().signal, () => endless().stream);
    expect(refused).toThrow(expect.objectContaining({ code: 'too_many_requests', status: 429 }));
    expect(refused).toThrow(/already have 5 Live calls streams \(\/api\/live\/stream\) open/);
    // Another kind and another actor are counted apart.
    expect(() => cappedStream('sandboxEvents', actor, new AbortController().signal, () => endless().stream)).not.toThrow();
    expect(() => cappedStream('live', { type: 'token', id: actor.id }, new AbortController().signal, () => endless().stream)).not.toThrow();

    // Ended by the server (read to its end) frees a slot too.
    const first = open[0]!;
    const reading = new Response(first.stream).text();
    first.inner.close();
    await reading;
    expect(streamSlots('live').held(`user:${actor.id}`)).toBe(streamsPerActor - 1);
    expect(() => cappedStream('live', actor, new AbortController().signal, () => endless().stream)).not.toThrow();
  });

  it('frees the slot when opening the stream throws', () => {
    const actor = { type: 'user' as const, id: `u-${Math.random()}` };
    expect(() =>
      cappedStream('live', actor, new AbortController().signal, () => {
        throw new AppError('not_found', 'No call');
      }),
    ).toThrow(/No call/);
    expect(streamSlots('live').held(`user:${actor.id}`)).toBe(0);
  });
});
