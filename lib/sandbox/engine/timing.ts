// How long things take on a real call, in milliseconds at speed 1. The player
// multiplies each by its speed factor before waiting.

export const timing = {
  /** Setting up an outbound call before the platform reports it initiated. */
  dialMs: 1_000,
  /** The first leg rings this long before it is answered. */
  ringMs: 2_000,
  /** How long a NO_ANSWER leg rings before the platform gives up. */
  noAnswerRingMs: 30_000,
  /** A BUSY or FAILED leg is known quickly. */
  refusedMs: 1_000,
  /** A bridged makeCall (transfer) rings this long… */
  bridgeRingMs: 2_000,
  /** …then the agent talks this long and hangs up. */
  bridgeTalkMs: 5_000,
  /** One playFile, per repetition. */
  playFileMs: 3_000,
  /** Between two keys a scripted party types. */
  keyGapMs: 300,
  /** sayAndCapture defaults when a callflow leaves them out. */
  digitTimeoutMs: 5_000,
  overallTimeoutMs: 15_000,
  /** A call that runs this long is ended by the platform (keeps stray sessions bounded). */
  maxCallMs: 60 * 60_000,
} as const;

/** Whatever the speed factor (up to 10,000× slower), no call plays longer than this in real time. */
export const maxCallWallMs = 2 * 60 * 60_000;

/** When the platform ends a call that is still going: its time limit, scaled, within the real-time cap. */
export const callLimitMs = (speed: number) => Math.min(timing.maxCallMs * speed, maxCallWallMs);

const wordsPerSecond = 2.5;

/** Speaking `text`: max(1 s, words / 2.5 per second) × repetition / speech speed. */
export function speechMs(text: string, repetition = 1, speechSpeed = 1): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return (Math.max(1_000, (words / wordsPerSecond) * 1_000) * repetition) / speechSpeed;
}
