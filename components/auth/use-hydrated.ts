'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the server's HTML, true once React runs in the browser. A password form keeps its
 * submit button disabled until then: a click before hydration would submit natively, as a GET
 * that puts the password in the URL (and in logs and history).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
