import type { z } from 'zod';
import type { MenuData } from './definition';

// sayAndCapture's rules, with the status code 8x8 answers when one is broken.
const maxDigitsLimit = 25;
const digitPattern = /^[0-9*#]+$/;

export function checkCapture(ctx: z.RefinementCtx, d: MenuData) {
  const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });

  if (d.minDigits !== undefined && d.minDigits < 1) issue('minDigits', 'Minimum digits must be at least 1');
  if (d.minDigits !== undefined && d.maxDigits === undefined) {
    issue('maxDigits', 'Set the maximum digits too: 8x8 requires it when the minimum is set (-1003)');
  }
  if (d.maxDigits !== undefined && (d.maxDigits < 1 || d.maxDigits > maxDigitsLimit)) {
    issue('maxDigits', `Maximum digits must be between 1 and ${maxDigitsLimit} (-1008)`);
  }
  if (d.completeOnHash === false && d.maxDigits === undefined) {
    issue('maxDigits', 'Set the maximum digits: without # to finish, 8x8 needs it to know when input ends (-1008)');
  }
  if (d.minDigits !== undefined && d.maxDigits !== undefined && d.minDigits > d.maxDigits) {
    issue('minDigits', 'Minimum digits cannot exceed the maximum');
  }
  if (d.digitTimeout !== undefined && d.digitTimeout < 1) issue('digitTimeout', 'The digit timeout must be positive (ms)');
  if (d.overallTimeout !== undefined && d.overallTimeout < 1) {
    issue('overallTimeout', 'The overall timeout must be positive (ms)');
  }
  if (d.digitTimeout !== undefined && d.overallTimeout === undefined) {
    issue('overallTimeout', 'Set the overall timeout too: 8x8 requires it when a digit timeout is set (-1005)');
  }
  // 8x8's prose says "must exceed" (-1006), yet its own Simple and Advanced IVR guides
  // send 10000/10000 and are accepted: equal passes, shorter is refused.
  if (d.digitTimeout !== undefined && d.overallTimeout !== undefined && d.overallTimeout < d.digitTimeout) {
    issue('overallTimeout', 'The overall timeout must not be shorter than the digit timeout (-1006)');
  }
  if (d.noOfTries !== undefined && d.noOfTries < 1) issue('noOfTries', 'Tries must be at least 1');

  if (d.options.length === 0) issue('options', 'Add at least one option: a menu without branches strands the caller');
  const seen = new Set<string>();
  d.options.forEach((o, i) => {
    const path = ['options', i, 'digits'];
    if (!digitPattern.test(o.digits)) {
      ctx.addIssue({ code: 'custom', path, message: `Option ${i + 1}: use the keys 0–9, * and # only` });
      return;
    }
    if (seen.has(o.digits)) ctx.addIssue({ code: 'custom', path, message: `Two options use ${o.digits}` });
    seen.add(o.digits);
    if (d.completeOnHash !== false && o.digits.includes('#')) {
      ctx.addIssue({ code: 'custom', path, message: `Option ${o.digits}: # finishes the entry while "complete on #" is on` });
    }
    const min = d.minDigits ?? 1;
    const max = d.maxDigits ?? maxDigitsLimit;
    if (o.digits.length < min || o.digits.length > max) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `Option ${o.digits} has ${o.digits.length} digit(s) but the menu accepts ${min}–${max}: callers could never choose it`,
      });
    }
  });
}
