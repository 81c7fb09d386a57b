import type { SayAndCaptureAction } from '@/lib/eightbyeight/callflow';
import type { SandboxCall } from './call';
import { CallStopped } from './sleep';
import { speak } from './speech';
import { timing } from './timing';

// sayAndCapture as 8x8 runs it: prompt, collect keys, retry up to noOfTries.

type CaptureParams = SayAndCaptureAction['params'];

/** How many silent captures a scripted party sits through after its script ran out. */
const scriptedPatience = 2;

type Rules = { min: number; max: number; digitTimeout: number; overallTimeout: number; onHash: boolean; tries: number };

function rulesOf(p: CaptureParams): Rules {
  const digitTimeout = p.digitTimeout ?? timing.digitTimeoutMs;
  return {
    min: p.minDigits ?? 1,
    max: p.maxDigits ?? 25,
    digitTimeout,
    overallTimeout: Math.max(p.overallTimeout ?? timing.overallTimeoutMs, digitTimeout),
    onHash: p.completeOnHash ?? true,
    tries: Math.max(1, p.noOfTries ?? 1),
  };
}

/** The digits of the last try (success, or the last failure), null when nothing was entered. */
export async function runCapture(call: SandboxCall, params: CaptureParams): Promise<string | null> {
  const rules = rulesOf(params);
  leaveIfOutOfScript(call);
  let last: string | null = null;
  for (let attempt = 1; attempt <= rules.tries; attempt += 1) {
    call.keypad.reset();
    call.waitingForDigits = true;
    await speak(call, 'prompt', params.promptMessage, params.repetition ?? 1, params.speed ?? 1);
    typeNextEntry(call);
    const entry = await collect(call, rules);
    call.waitingForDigits = false;
    call.keypad.reset();
    last = entry === '' ? null : entry;
    if (entry !== '' && entry.length >= rules.min && entry.length <= rules.max) {
      if (params.successMessage) await speak(call, 'say', params.successMessage, 1, params.speed ?? 1);
      return entry;
    }
    if (entry === '') call.record({ kind: 'no-input', text: `try ${attempt} of ${rules.tries}: no input` });
    else call.record({ kind: 'invalid-input', digits: entry, text: `try ${attempt} of ${rules.tries}: expected ${rules.min}–${rules.max} digits` });
    if (params.failureMessage) await speak(call, 'say', params.failureMessage, 1, params.speed ?? 1);
  }
  return last;
}

/** Keys until the entry is complete: # (completeOnHash), maxDigits, or a timeout. */
async function collect(call: SandboxCall, rules: Rules): Promise<string> {
  const deadline = Date.now() + call.scaled(rules.overallTimeout);
  let digits = '';
  for (;;) {
    const remaining = Math.min(call.scaled(rules.digitTimeout), deadline - Date.now());
    if (remaining <= 0) return digits;
    const key = await call.keypad.next(remaining, call.stop.signal);
    if (key === null) return digits;
    if (key === '#' && rules.onHash) return digits;
    digits += key;
    if (digits.length >= rules.max) return digits;
  }
}

/** A scripted party types its next entry key by key; an exhausted script is silence. */
function typeNextEntry(call: SandboxCall): void {
  if (call.party.mode !== 'scripted') return;
  const entry = call.script.shift();
  if (entry === undefined || entry === null || entry === '') return;
  const generation = call.keypad.generation;
  void (async () => {
    for (const key of entry) {
      await call.wait(timing.keyGapMs);
      if (generation !== call.keypad.generation || !call.waitingForDigits) return;
      call.record({ kind: 'digits', digits: key });
      call.keypad.press(key);
    }
  })().catch((error: unknown) => {
    if (!(error instanceof CallStopped)) throw error;
  });
}

/** A scripted caller whose script ran out hangs up rather than listen to menus forever. */
function leaveIfOutOfScript(call: SandboxCall): void {
  if (call.party.mode !== 'scripted' || call.script.length > 0) return;
  if (call.silentCaptures >= scriptedPatience) {
    call.hangUp('the scripted caller ran out of entries and hung up');
    throw new CallStopped('hung up');
  }
  call.silentCaptures += 1;
}
