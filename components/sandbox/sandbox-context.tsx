'use client';

import { createContext, useContext, type ReactNode } from 'react';

export type SandboxAvailability = { enabled: boolean; reason: string | null };

const SandboxContext = createContext<SandboxAvailability>({ enabled: false, reason: null });

/** Whether the built-in sandbox is on (the server decides: lib/server/sandbox/sandbox-enabled.ts). */
export function SandboxProvider({ value, children }: { value: SandboxAvailability; children: ReactNode }) {
  return <SandboxContext.Provider value={value}>{children}</SandboxContext.Provider>;
}

/** Test phones and test deliveries show only while the sandbox is on: off, every /sandbox route is 404. */
export function useSandbox(): SandboxAvailability {
  return useContext(SandboxContext);
}
