import type { CallDirection } from '@/lib/eightbyeight/webhooks';
import { Keypad } from './keypad';
import type { Leg, LegStatus } from './legs';
import { sleep } from './sleep';
import type { CallStatus, EngineDeps, Outcome, PartySpec, TranscriptEntry } from './types';

export type CallInit = {
  sessionId: string;
  direction: CallDirection;
  /** The caller's number (inbound) or the virtual number calling out (outbound). */
  from: string;
  to: string;
  party: PartySpec;
  outcome: Outcome;
  clientRequestId?: string | null;
};

export type ErrorDetails = { errorCode: number; errorMsg: string };

/** Per call: the transcript kept (the oldest entries give way) and the event streams open at once. */
export const callLimits = { transcriptEntries: 1_000, listeners: 10 };

/**
 * One sandbox session's state: its legs, what the far end does, and the transcript
 * that the control API and its event stream show. The player (player.ts) drives it.
 */
export class SandboxCall {
  readonly sessionId: string;
  readonly direction: CallDirection;
  readonly from: string;
  readonly to: string;
  readonly outcome: Outcome;
  readonly party: PartySpec;
  readonly clientRequestId: string | null;
  readonly startedAt = new Date();
  readonly keypad = new Keypad();
  readonly stop = new AbortController();
  readonly transcript: TranscriptEntry[] = [];
  status: CallStatus = 'ringing';
  waitingForDigits = false;
  /** The session summary's status, once the call has ended. */
  finalStatus: string | null = null;
  lastAction = 'MAKE_CALL';
  errorDetails: ErrorDetails | null = null;
  legs: { callA?: Leg; callB?: Leg } = {};
  /** A bridged leg that never connected makes the summary's status (8x8's BUSY sample). */
  bridgeFailure: LegStatus | null = null;
  /** Entries still to be typed by a scripted party; null entries mean silence. */
  readonly script: Array<string | null>;
  /** Captures the scripted party sat through silently after its script ran out. */
  silentCaptures = 0;
  /** Why the caller side ended the call, when it did (API hang-up, patience, time limit). */
  stopReason: string | null = null;
  /** Transcript entries dropped from the front to stay within callLimits.transcriptEntries. */
  droppedEntries = 0;
  private listeners = new Set<(entry: TranscriptEntry) => void>();
  private ended!: () => void;
  /** Resolves once the call has ended and its summary was delivered. */
  readonly done = new Promise<void>((resolve) => (this.ended = resolve));

  constructor(
    init: CallInit,
    readonly deps: EngineDeps,
  ) {
    this.sessionId = init.sessionId;
    this.direction = init.direction;
    this.from = init.from;
    this.to = init.to;
    this.outcome = init.outcome;
    this.party = init.party;
    this.clientRequestId = init.clientRequestId ?? null;
    this.script = init.party.mode === 'scripted' ? [...init.party.digits] : [];
  }

  record(entry: Omit<TranscriptEntry, 'at'>): TranscriptEntry {
    const full = { at: new Date().toISOString(), ...entry };
    this.transcript.push(full);
    if (this.transcript.length > callLimits.transcriptEntries) {
      this.transcript.shift();
      this.droppedEntries += 1;
    }
    for (const listener of this.listeners) listener(full);
    return full;
  }

  /** Whether another event stream may follow this call (callLimits.listeners). */
  get canSubscribe(): boolean {
    return this.listeners.size < callLimits.listeners;
  }

  /** Calls `listener` with each new entry; returns the unsubscribe function. Check canSubscribe first. */
  subscribe(listener: (entry: TranscriptEntry) => void): () => void {
    if (!this.canSubscribe) throw new Error(`at most ${callLimits.listeners} listeners per call`);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Waits `ms` of call time (scaled by the speed factor); rejects when the call stops. */
  wait(ms: number): Promise<void> {
    return sleep(ms * this.deps.speed, this.stop.signal);
  }

  scaled(ms: number): number {
    return ms * this.deps.speed;
  }

  /** The caller's side ends the call (hang-up); the player notices at its next step. */
  hangUp(reason: string): void {
    if (this.status === 'ended' || this.stop.signal.aborted) return;
    this.stopReason = reason;
    this.stop.abort();
  }

  /** Keys from the interactive far end; false when nothing is listening for them. */
  pressKeys(digits: string): boolean {
    if (this.status === 'ended' || !this.waitingForDigits) return false;
    for (const key of digits) {
      this.record({ kind: 'digits', digits: key });
      this.keypad.press(key);
    }
    return true;
  }

  markEnded(): void {
    this.status = 'ended';
    this.waitingForDigits = false;
    this.listeners.clear();
    this.ended();
  }
}
