import 'server-only';
import { env } from '@/lib/env';
import { trunkCallCount } from '@/lib/sandbox/engine/registry';

// The sandbox's trunk capacity: how many calls it plays at once before an outbound call placed
// on it fails as 8x8's does when its voice capacity is used up (created, then session error
// -2010). SANDBOX_TRUNK_CAPACITY sets the default (unset: unlimited); the scripts API changes it
// for this server process (on globalThis, so a dev server's module reloads keep it).

const holder = globalThis as typeof globalThis & { __ivrSandboxTrunkCapacity?: number | null };

/** The capacity in force: the one set through the API, else SANDBOX_TRUNK_CAPACITY; null = unlimited. */
export function trunkCapacity(): number | null {
  return holder.__ivrSandboxTrunkCapacity ?? env().SANDBOX_TRUNK_CAPACITY ?? null;
}

/** A capacity for this server's sandbox; null goes back to the default. */
export function setTrunkCapacity(capacity: number | null): void {
  holder.__ivrSandboxTrunkCapacity = capacity;
}

/** Whether a call placed now finds every trunk channel taken. Synchronous, so the check and addCall cannot interleave. */
export function trunkIsFull(): boolean {
  const capacity = trunkCapacity();
  return capacity !== null && trunkCallCount() >= capacity;
}
