import type { FetchLike } from '@/lib/eightbyeight/request-json';

// The sandbox call player's vocabulary: what a call is asked to do, and what it records.

/** How the first leg ends up; ANSWERED plays the callflow, ERROR fails text-to-speech on the first say. */
export const outcomes = ['ANSWERED', 'BUSY', 'NO_ANSWER', 'FAILED', 'ERROR'] as const;
/**
 * TRUNK_FULL: an outbound call the platform created but had no trunk for (its trunk was full,
 * or a script said so); it ends with session error -2010 and never rings. Not asked for through
 * the control API's outcome: the scripts API and the trunk capacity make it (lib/server/sandbox).
 */
export type Outcome = (typeof outcomes)[number] | 'TRUNK_FULL';

/** The far end: digits typed from a script (null = no input), or pressed through the API. */
export type PartySpec = { mode: 'interactive' } | { mode: 'scripted'; digits: Array<string | null> };

export type CallStatus = 'ringing' | 'in-progress' | 'ended';

export type TranscriptKind =
  | 'status'
  | 'say'
  | 'play'
  | 'prompt'
  | 'digits'
  | 'no-input'
  | 'invalid-input'
  | 'webhook'
  | 'reply'
  | 'transfer'
  | 'bridge-ended'
  | 'hangup'
  | 'ended'
  | 'error';

export type TranscriptEntry = {
  at: string;
  kind: TranscriptKind;
  text?: string;
  fileUrl?: string;
  digits?: string | null;
  webhookType?: WebhookType;
  url?: string;
  httpStatus?: number;
  body?: unknown;
  reply?: unknown;
  clientActionId?: string | null;
  status?: string;
  error?: string;
};

export type WebhookType = 'VCA' | 'VCS' | 'VSS';
export type WebhookTarget = { url: string; authorization: string | null };
export type WebhookTargets = Record<WebhookType, WebhookTarget | null>;

/** What a call needs from the world; injected so tests run without a server. */
export type EngineDeps = {
  targets: WebhookTargets;
  /** This app's address: the only place webhooks are delivered to (lib/sandbox/own-url.ts). */
  ownBase: string;
  fetch: FetchLike;
  subAccountId: string;
  /** The subaccount's virtual numbers (callers ids it may use, numbers it owns). */
  numbers: readonly string[];
  speechProfiles: ReadonlySet<string>;
  /** SANDBOX_SPEED × the call's own speed: every delay is multiplied by it. */
  speed: number;
  /** How a bridged makeCall's destination answers (a registered party); ANSWERED by default. */
  bridgeOutcome?: (destination: string) => Outcome;
  /** Per webhook request; a VCA that takes longer ends the session. */
  webhookTimeoutMs?: number;
};
