import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventStream } from './event-stream';

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  let text = '';
  const decoder = new TextDecoder();
  for await (const chunk of stream) text += decoder.decode(chunk, { stream: true });
  return text;
}

describe('eventStream', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the retry delay, JSON or already serialized events, and ends when closed, cleaning up once', async () => {
    const cleanup = vi.fn();
    const stream = eventStream(new AbortController().signal, ({ event, close }) => {
      event('view', { a: 1 });
      event('view', '{"b":2}', true);
      close();
      close();
      return cleanup;
    });
    expect(await readAll(stream)).toBe('retry: 2000\n\nevent: view\ndata: {"a":1}\n\nevent: view\ndata: {"b":2}\n\n');
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('sends a heartbeat comment every 15 s and cleans up when the request is aborted', async () => {
    const abort = new AbortController();
    const cleanup = vi.fn();
    const stream = eventStream(abort.signal, () => cleanup);
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toBe('retry: 2000\n\n');
    await vi.advanceTimersByTimeAsync(15_000);
    expect(decoder.decode((await reader.read()).value)).toBe(': heartbeat\n\n');
    abort.abort();
    expect((await reader.read()).done).toBe(true);
    expect(cleanup).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('cleans up when the client cancels', async () => {
    const cleanup = vi.fn();
    const stream = eventStream(new AbortController().signal, () => cleanup);
    await stream.cancel();
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('cleans up at once for a request aborted before the stream started', () => {
    const abort = new AbortController();
    abort.abort();
    const cleanup = vi.fn();
    eventStream(abort.signal, () => cleanup);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });
});
