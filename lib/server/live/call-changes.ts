import 'server-only';
import { Client } from 'pg';
import { z } from 'zod';
import { notificationSource } from '@/lib/db';
import { callSessionChannel } from './notify-sql';

// One LISTEN per server process, fanned out to in-process subscribers (the live
// streams). It starts with the first subscriber and stops with the last, so a
// process nobody watches holds no extra connection.

export const callChange = z.object({
  sessionId: z.string(),
  status: z.string(),
  currentNodeId: z.string().nullable(),
  endedAt: z.string().nullable().optional(),
});
export type CallChange = z.infer<typeof callChange>;

export type CallChangeSubscriber = {
  onChange: (change: CallChange) => void;
  /** The listener reconnected: changes may have been missed, so read the state afresh. */
  onResync: () => void;
};

type Listener = { ready: Promise<void>; stop: () => void };
type Hub = { subscribers: Set<CallChangeSubscriber>; listener: Listener | null };

// On globalThis so dev-mode reloads share one listener.
const globalForLive = globalThis as unknown as { callChangesHub?: Hub };
const hub: Hub = (globalForLive.callChangesHub ??= { subscribers: new Set(), listener: null });

function deliver(payload: string) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    parsed = undefined;
  }
  const change = callChange.safeParse(parsed);
  if (!change.success) {
    console.warn(`[live] ignored a malformed ${callSessionChannel} payload: ${payload.slice(0, 200)}`);
    return;
  }
  for (const subscriber of [...hub.subscribers]) subscriber.onChange(change.data);
}

function resync() {
  for (const subscriber of [...hub.subscribers]) subscriber.onResync();
}

const maxBackoffMs = 15_000;

/** A dedicated connection (not from the pool: a pooled one would be handed to queries), reconnecting with backoff. */
function listenOnPostgres(url: string): Listener {
  let stopped = false;
  let client: Client | null = null;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const retry = (failed: Client, reason: unknown) => {
    if (stopped || client !== failed) return;
    client = null;
    void failed.end().catch(() => {});
    const delay = Math.min(maxBackoffMs, 250 * 2 ** failures++);
    console.warn(`[live] LISTEN connection lost (${reason instanceof Error ? reason.message : String(reason)}); retrying in ${delay} ms`);
    timer = setTimeout(connect, delay);
  };

  async function connect() {
    if (stopped) return;
    const current = new Client({ connectionString: url });
    client = current;
    current.on('notification', (message) => {
      if (message.channel === callSessionChannel && message.payload) deliver(message.payload);
    });
    current.on('error', (error) => retry(current, error));
    current.on('end', () => retry(current, 'connection ended'));
    try {
      await current.connect();
      await current.query(`LISTEN ${callSessionChannel}`);
    } catch (error) {
      retry(current, error);
      return;
    }
    if (stopped || client !== current) return;
    if (failures > 0) resync();
    failures = 0;
    markReady();
  }

  void connect();
  return {
    ready,
    stop() {
      stopped = true;
      clearTimeout(timer);
      const current = client;
      client = null;
      markReady();
      void current?.end().catch(() => {});
    },
  };
}

function listenEmbedded(listen: (channel: string, callback: (payload: string) => void) => Promise<() => Promise<void>>): Listener {
  let stopped = false;
  const unlisten = listen(callSessionChannel, deliver);
  const ready = unlisten.then(
    () => {},
    (error: unknown) => console.error('[live] LISTEN on the embedded database failed', error),
  );
  return {
    ready,
    stop() {
      if (stopped) return;
      stopped = true;
      void unlisten.then((stop) => stop()).catch(() => {});
    },
  };
}

function startListener(): Listener {
  const source = notificationSource();
  return source.kind === 'postgres' ? listenOnPostgres(source.url) : listenEmbedded(source.listen);
}

/**
 * Follows every change to call_session made by any server process on this database.
 * `ready` resolves once LISTEN is active: read a snapshot after it, and no change is lost in between.
 */
export function subscribeToCallChanges(subscriber: CallChangeSubscriber): { ready: Promise<void>; unsubscribe: () => void } {
  hub.subscribers.add(subscriber);
  hub.listener ??= startListener();
  const { ready } = hub.listener;
  return {
    ready,
    unsubscribe() {
      if (!hub.subscribers.delete(subscriber) || hub.subscribers.size > 0) return;
      hub.listener?.stop();
      hub.listener = null;
    },
  };
}
