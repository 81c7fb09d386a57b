'use client';

import { useEffect, useEffectEvent, useState } from 'react';

export type Connection = 'connecting' | 'live' | 'reconnecting';

const reopenAfterMs = 3000;

/**
 * Follows a server-sent event stream while `url` is set (null: not now). EventSource
 * reconnects by itself after a dropped connection; a refused one (an HTTP error closes the
 * source for good) is opened again after 3 s. `onMessage` gets each message of the named
 * `events` and answers whether it could read it: the connection is live once one was read.
 */
export function useEventStream(url: string | null, events: readonly string[], onMessage: (event: string, data: unknown) => boolean): Connection {
  const [connection, setConnection] = useState<Connection>('connecting');
  const handle = useEffectEvent((event: string, data: unknown) => {
    if (onMessage(event, data)) setConnection('live');
  });
  const names = events.join(' ');

  useEffect(() => {
    if (!url) return;
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      const current = new EventSource(url);
      source = current;
      for (const event of names.split(' ')) current.addEventListener(event, (message) => handle(event, message.data));
      current.addEventListener('error', () => {
        setConnection('reconnecting');
        if (current.readyState === EventSource.CLOSED) timer = setTimeout(open, reopenAfterMs);
      });
    };
    open();
    return () => {
      clearTimeout(timer);
      source?.close();
    };
  }, [url, names]);

  return connection;
}
