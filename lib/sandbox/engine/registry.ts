import { normalizePhoneNumber } from '@/lib/phone-number';
import type { SandboxCall } from './call';
import type { Outcome, PartySpec } from './types';

// Sessions and registered parties live in memory, on globalThis so that a dev
// server's module reloads keep them. Bounded: the oldest sessions are forgotten.

export const maxSessions = 500;

export type PartyRegistration = { party: PartySpec; outcome: Outcome; speed?: number };

type Registry = { calls: Map<string, SandboxCall>; parties: Map<string, PartyRegistration> };

const holder = globalThis as typeof globalThis & { __ivrSandboxRegistry?: Registry };

function registry(): Registry {
  holder.__ivrSandboxRegistry ??= { calls: new Map(), parties: new Map() };
  return holder.__ivrSandboxRegistry;
}

export function addCall(call: SandboxCall): void {
  const { calls } = registry();
  calls.set(call.sessionId, call);
  while (calls.size > maxSessions) {
    const oldest = calls.keys().next().value;
    if (oldest === undefined) break;
    calls.delete(oldest);
  }
}

export const findCall = (sessionId: string): SandboxCall | undefined => registry().calls.get(sessionId);

/** How the next outbound call to `number` behaves (one-shot). */
export function registerParty(number: string, registration: PartyRegistration): void {
  registry().parties.set(normalizePhoneNumber(number), registration);
}

/** The registration for `number`, removed; the default is a silent scripted party that answers. */
export function takeParty(number: string): PartyRegistration {
  const key = normalizePhoneNumber(number);
  const found = registry().parties.get(key);
  registry().parties.delete(key);
  return found ?? { party: { mode: 'scripted', digits: [] }, outcome: 'ANSWERED' };
}

/** Whether a registration is waiting for `number` (bridged calls only consume explicit ones). */
export const hasParty = (number: string) => registry().parties.has(normalizePhoneNumber(number));
