import { z } from 'zod';
import { cappedText, flowLimits } from './limits';

// 8x8's documented limits (../shared/8x8/README.md), shared by the node kinds.
export const maxTextLength = flowLimits.spokenText;

/** Text 8x8 speaks: capped in the stored data itself, so a draft never holds more than 8x8 takes. */
export const spokenTextField = (what: string) => cappedText(maxTextLength, what, `8x8 speaks at most ${maxTextLength}`);

export const voiceProfileField = cappedText(flowLimits.voiceProfile, 'The voice');
export const speedField = z.number().optional();
export const repetitionField = z.number().int().optional();

/** Digits 8x8 accepts in a phone number; the guides' samples omit the "+". */
export const phoneNumberPattern = /^\+?[1-9]\d{6,14}$/;
export const isVariableOnly = (value: string) => /^\{\{[^{}]+\}\}$/.test(value.trim());

type Ctx = z.RefinementCtx;

export function checkText(ctx: Ctx, field: string, value: string, what: string) {
  // Too long is refused by spokenTextField already (with the same wording).
  if (!value.trim()) ctx.addIssue({ code: 'custom', path: [field], message: `${what} is empty: write what the caller hears` });
}

/** A step's voice: empty means the call's voice (the caller's switched one, else the flow's). */
export function checkVoice(ctx: Ctx, value: string) {
  if (value !== '' && !value.trim()) {
    ctx.addIssue({ code: 'custom', path: ['voiceProfile'], message: 'Choose a voice, or leave it to the flow’s (8x8 answers -1002 to a blank one)' });
  }
}

export function checkSpeed(ctx: Ctx, speed: number | undefined) {
  if (speed !== undefined && (speed < 0.5 || speed > 2)) {
    ctx.addIssue({ code: 'custom', path: ['speed'], message: 'Speed must be between 0.5 and 2 (1 is normal)' });
  }
}

export function checkRepetition(ctx: Ctx, repetition: number | undefined) {
  if (repetition !== undefined && (repetition < 1 || repetition > 3)) {
    ctx.addIssue({ code: 'custom', path: ['repetition'], message: 'Repeat 1, 2 or 3 times' });
  }
}

export function checkPhoneNumber(ctx: Ctx, field: string, value: string, what: string) {
  if (!value.trim()) {
    ctx.addIssue({ code: 'custom', path: [field], message: `${what} is empty` });
  } else if (!isVariableOnly(value) && !phoneNumberPattern.test(value)) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `${what} must be a phone number in E.164 format, e.g. +6591234567, or a variable such as {{caller}} (8x8: -1017)`,
    });
  }
}
