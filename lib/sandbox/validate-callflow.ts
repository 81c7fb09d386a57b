import { maxTextLength } from '@/lib/flow/eight-by-eight-rules';

// The sandbox's copy of 8x8's callflow validation: the first rule broken decides
// the status code and message, worded as 8x8 words them (../shared/8x8/README.md).

export type Refusal = { httpStatus: number; statusCode: number; statusMessage: string };

export type ValidationOptions = {
  /** Send Callflow requires makeCall first (-1013); a VCA reply does not. */
  requireMakeCallFirst: boolean;
  speechProfiles: ReadonlySet<string>;
  /** The subaccount's numbers; a makeCall source outside them is refused (-1014). */
  allowedSources: ReadonlySet<string>;
  now: Date;
};

const actions = ['makeCall', 'say', 'playFile', 'sayAndCapture', 'hangup'];
/** 8x8 documents -1010 without its limit; the sandbox refuses more than this. */
export const maxActions = 50;
const msisdn = /^\+?[1-9]\d{6,14}$/;
const digitsOnly = (value: string) => value.replace(/^\+/, '');

/**
 * 8x8's fileUrl rule, /^https?:\/\/.+\.(mp3|wav)(\?.*)?$/i, in checks that cannot
 * backtrack: that regex tries every ".mp3?" against the rest of the text (seconds for
 * 100 KB). Same meaning: no line break after the scheme, and an extension after at
 * least one character, at the end or before a "?".
 */
export function isAudioFileUrl(value: string): boolean {
  const scheme = /^https?:\/\//i.exec(value);
  if (!scheme) return false;
  const rest = value.slice(scheme[0].length);
  return /^[^\n\r\u2028\u2029]+$/.test(rest) && /.\.(mp3|wav)(\?|$)/i.test(rest);
}

const refuse = (statusCode: number, statusMessage: string, httpStatus = 400): Refusal => ({ httpStatus, statusCode, statusMessage });
const entry = (path: string, problem: string) => refuse(-1009, `Invalid call flow entry provided. ${path} ${problem}`);

type Params = Record<string, unknown>;
const isObject = (v: unknown): v is Params => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const present = (v: unknown) => v !== undefined && v !== null;

export function validateCallflow(body: unknown, options: ValidationOptions): Refusal | null {
  if (!isObject(body) || !Array.isArray(body.callflow) || body.callflow.length === 0) {
    return refuse(-1001, 'Invalid JSON request body');
  }
  if (present(body.validUntil)) {
    const until = new Date(String(body.validUntil));
    if (Number.isNaN(until.getTime())) return entry('$.validUntil', 'is not a date-time');
    if (until < options.now) return refuse(-1015, 'Validity period expired');
  }
  const callflow: unknown[] = body.callflow;
  if (callflow.length > maxActions) return refuse(-1010, `Too many actions: at most ${maxActions}`);

  for (const [i, item] of callflow.entries()) {
    if (!isObject(item) || typeof item.action !== 'string' || !actions.includes(item.action)) {
      return refuse(-1007, `$.callflow[${i}].action should be one of: ${actions.join(',')}`);
    }
  }
  const steps = callflow as Array<{ action: string; params?: unknown }>;
  if (options.requireMakeCallFirst && steps[0]?.action !== 'makeCall') {
    return refuse(-1013, 'Invalid Callflow : First action should be a MakeCall action', 422);
  }
  if (steps.filter((s) => s.action === 'makeCall').length > 2) return refuse(-1011, 'Multiple destination numbers');
  const captureAt = steps.findIndex((s) => s.action === 'sayAndCapture');
  if (captureAt >= 0 && steps.slice(captureAt + 1).some((s) => s.action === 'hangup')) {
    return refuse(-1012, 'Incorrect use of hangup: it cannot follow sayAndCapture');
  }

  for (const [i, step] of steps.entries()) {
    if (step.action === 'hangup') continue;
    const path = `$.callflow[${i}].params`;
    if (!isObject(step.params)) return entry(path, 'is missing');
    const refusal = checkParams(step.action, step.params, path, options);
    if (refusal) return refusal;
  }
  return null;
}

function checkParams(action: string, p: Params, path: string, options: ValidationOptions): Refusal | null {
  const text = (key: string) => (typeof p[key] === 'string' && (p[key] as string).length > 0 ? null : entry(`${path}.${key}`, 'is missing'));
  const repetition = () =>
    present(p.repetition) && !(isInt(p.repetition) && p.repetition >= 1 && p.repetition <= 3)
      ? entry(`${path}.repetition`, 'must be 1, 2 or 3')
      : null;
  const speed = () =>
    present(p.speed) && !(typeof p.speed === 'number' && p.speed >= 0.5 && p.speed <= 2)
      ? entry(`${path}.speed`, 'must be between 0.5 and 2')
      : null;
  const voice = () =>
    typeof p.voiceProfile === 'string' && options.speechProfiles.has(p.voiceProfile)
      ? null
      : refuse(-1002, 'Speech profile or language parameter invalid');
  const length = (key: string) =>
    typeof p[key] === 'string' && (p[key] as string).length > maxTextLength
      ? entry(`${path}.${key}`, `is longer than ${maxTextLength} characters`)
      : null;

  switch (action) {
    case 'makeCall': {
      const missing = text('source') ?? text('destination');
      if (missing) return missing;
      if (!msisdn.test(String(p.destination))) return refuse(-1017, 'Invalid MSISDN in destination');
      const source = digitsOnly(String(p.source));
      if (options.allowedSources.size && ![...options.allowedSources].some((n) => digitsOnly(n) === source)) {
        return refuse(-1014, 'Source / caller ID not allowed');
      }
      return null;
    }
    case 'say':
      return text('text') ?? length('text') ?? voice() ?? repetition() ?? speed();
    case 'playFile': {
      const missing = text('fileUrl');
      if (missing) return missing;
      return isAudioFileUrl(String(p.fileUrl))
        ? repetition()
        : entry(`${path}.fileUrl`, 'must be an http(s) URL of an .mp3 or .wav file');
    }
    case 'sayAndCapture': {
      const basic = text('promptMessage') ?? length('promptMessage') ?? voice() ?? speed();
      if (basic) return basic;
      if (present(p.minDigits) && !isInt(p.maxDigits)) return refuse(-1003, 'Valid maxDigits required when minDigits provided');
      if (present(p.digitTimeout) && !isInt(p.overallTimeout)) {
        return refuse(-1005, 'Valid overallTimeout is required when digitTimeout provided');
      }
      // 8x8's own guides send equal timeouts and are accepted, so only shorter is refused.
      if (isInt(p.digitTimeout) && isInt(p.overallTimeout) && p.overallTimeout < p.digitTimeout) {
        return refuse(-1006, 'overallTimeout must exceed digitTimeout');
      }
      if (p.completeOnHash === false && !(isInt(p.maxDigits) && p.maxDigits >= 1 && p.maxDigits <= 25)) {
        return refuse(-1008, 'Valid maxDigits is required when completeOnHash is false');
      }
      return null;
    }
    default:
      return null;
  }
}
