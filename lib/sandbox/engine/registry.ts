import { AppError } from '@/lib/http/app-error';
import { normalizePhoneNumber } from '@/lib/phone-number';
import type { SandboxCall } from './call';
import type { Outcome, PartySpec } from './types';

// Sessions and registered parties live in memory, on globalThis so that a dev
// server's module reloads keep them. Everything here is bounded: a sandbox that
// runs for months, or is driven hard, holds at most these many of each.

export const registryLimits = {
  /** Sessions remembered for the control API; the oldest ended ones are forgotten first. */
  sessions: 500,
  /** Calls playing at once; more are refused until some end (each ends within its time limit). */
  activeCalls: 50,
  /** Party registrations waiting for their call. */
  parties: 200,
  /** A registration no call used within this time is forgotten. */
  partyTtlMs: 10 * 60_000,
};

export type PartyRegistration = { party: PartySpec; outcome: Outcome; speed?: number };

type Registry = { calls: Map<string, SandboxCall>; parties: Map<string, PartyRegistration & { expiresAt: number }> };

const holder = globalThis as typeof globalThis & { __ivrSandboxRegistry?: Registry };

function registry(): Registry {
  holder.__ivrSandboxRegistry ??= { calls: new Map(), parties: new Map() };
  return holder.__ivrSandboxRegistry;
}

/** Forgets every session and registration (tests). */
export function clearRegistry(): void {
  holder.__ivrSandboxRegistry = { calls: new Map(), parties: new Map() };
}

export const activeCallCount = (): number => [...registry().calls.values()].filter((c) => c.status !== 'ended').length;

/** Calls holding a trunk channel: every call playing but those that never got one (TRUNK_FULL). */
export const trunkCallCount = (): number => [...registry().calls.values()].filter((c) => c.status !== 'ended' && c.outcome !== 'TRUNK_FULL').length;

/** Remembers a call about to play; 429 when the sandbox already plays as many as it may. */
export function addCall(call: SandboxCall): void {
  const { calls } = registry();
  if (activeCallCount() >= registryLimits.activeCalls) {
    throw new AppError('too_many_requests', `The sandbox is already playing ${registryLimits.activeCalls} calls: try again when some have ended`);
  }
  calls.set(call.sessionId, call);
  // Map order is insertion order: the first ended calls found are the oldest.
  for (const [sessionId, known] of calls) {
    if (calls.size <= registryLimits.sessions) break;
    if (known.status === 'ended') calls.delete(sessionId);
  }
}

export const findCall = (sessionId: string): SandboxCall | undefined => registry().calls.get(sessionId);

/** How the next outbound call to `number` behaves (one-shot, forgotten after partyTtlMs). */
export function registerParty(number: string, registration: PartyRegistration, now: number = Date.now()): void {
  const { parties } = registry();
  const key = normalizePhoneNumber(number);
  forgetExpiredParties(now);
  if (!parties.has(key) && parties.size >= registryLimits.parties) {
    throw new AppError('too_many_requests', `${registryLimits.parties} parties are already waiting for calls: try again when they have been called or expired`);
  }
  parties.set(key, { ...registration, expiresAt: now + registryLimits.partyTtlMs });
}

/** The registration for `number`, removed; the default is a silent scripted party that answers. */
export function takeParty(number: string, now: number = Date.now()): PartyRegistration {
  const key = normalizePhoneNumber(number);
  const found = live(key, now);
  registry().parties.delete(key);
  if (!found) return { party: { mode: 'scripted', digits: [] }, outcome: 'ANSWERED' };
  const { expiresAt: _expiresAt, ...registration } = found;
  return registration;
}

/** Whether a registration is waiting for `number` (bridged calls only consume explicit ones). */
export const hasParty = (number: string, now: number = Date.now()) => live(normalizePhoneNumber(number), now) !== undefined;

export const waitingPartyCount = (now: number = Date.now()) => {
  forgetExpiredParties(now);
  return registry().parties.size;
};

function live(key: string, now: number) {
  const found = registry().parties.get(key);
  return found && found.expiresAt > now ? found : undefined;
}

function forgetExpiredParties(now: number): void {
  const { parties } = registry();
  for (const [key, registration] of parties) if (registration.expiresAt <= now) parties.delete(key);
}
