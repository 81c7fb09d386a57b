import { randomUUID } from 'node:crypto';
import type { CallDirection } from '@/lib/eightbyeight/webhooks';
import { countryOf, virtualNumberRef } from './numbers';

// One call leg as the platform tracks it, and its shape in 8x8's payloads.

export type LegStatus = 'COMPLETED' | 'BUSY' | 'NO_ANSWER' | 'FAILED' | 'CANCELED';

export type Leg = {
  callId: string;
  direction: CallDirection;
  source: string;
  destination: string;
  initiatedAt: Date;
  connectedAt: Date | null;
  disconnectedAt: Date | null;
  status: LegStatus | null;
};

export function newLeg(direction: CallDirection, source: string, destination: string, now: Date): Leg {
  return { callId: randomUUID(), direction, source, destination, initiatedAt: now, connectedAt: null, disconnectedAt: null, status: null };
}

/** Whole seconds between connection and disconnection (0 for a leg never answered). */
export function legSeconds(leg: Leg, now: Date): number {
  if (!leg.connectedAt) return 0;
  return Math.round(((leg.disconnectedAt ?? now).getTime() - leg.connectedAt.getTime()) / 1000);
}

/** The leg's parties as every 8x8 payload spells them. */
export function partyFields(leg: Leg, owned: readonly string[]) {
  return {
    source: leg.source,
    destination: leg.destination,
    sourceFormat: 'MSISDN',
    destinationFormat: 'MSISDN',
    sourceCountryCode: countryOf(leg.source),
    destinationCountryCode: countryOf(leg.destination),
    sourceRefId: leg.direction === 'OUTBOUND' ? virtualNumberRef(leg.source, owned) : null,
    destinationRefId: leg.direction === 'INBOUND' ? virtualNumberRef(leg.destination, owned) : null,
  };
}

/** 8x8's session summary times carry whole seconds ("2026-01-13T08:29:06Z"). */
export const summaryTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Plausible quality figures for an answered leg (a healthy PSTN call). */
export function callQuality(random: () => number = Math.random) {
  return {
    mos: Math.round((4.1 + random() * 0.4) * 10) / 10,
    packetLossRate: Math.round(random() * 0.01 * 1000) / 1000,
    jitter: Math.round(5 + random() * 20),
  };
}

/** A leg of the session summary (VSS details.callA / callB). */
export function summaryLeg(leg: Leg, owned: readonly string[], now: Date) {
  const parties = partyFields(leg, owned);
  const { sourceRefId, destinationRefId, ...rest } = parties;
  return {
    callId: leg.callId,
    callDirection: leg.direction,
    callType: 'PSTN',
    initiatedTimestamp: summaryTime(leg.initiatedAt),
    ...(leg.connectedAt && { connectedTimestamp: summaryTime(leg.connectedAt) }),
    disconnectedTimestamp: summaryTime(leg.disconnectedAt ?? now),
    ...rest,
    // As in 8x8's samples: the ref id of whichever side is the virtual number.
    ...(sourceRefId && { sourceRefId }),
    ...(destinationRefId && { destinationRefId }),
    callStatus: leg.status ?? 'COMPLETED',
    callDuration: legSeconds(leg, now),
    ...(leg.connectedAt && { callQuality: callQuality() }),
  };
}
