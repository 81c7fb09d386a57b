import { z } from 'zod';
import { interpolate } from '../../template-text';
import {
  checkRepetition,
  checkSpeed,
  checkText,
  checkVoice,
  repetitionField,
  speedField,
  spokenTextField,
  voiceProfileField,
} from '../../eight-by-eight-rules';
import { cappedList, cappedText, flowLimits } from '../../limits';
import type { CallContext } from '../../call-context';
import { clip, commonOutputLabel, type NodeDefinition } from '../../kinds';
import { voiceFor } from '../../voice';
import { checkCapture } from './capture-rules';

export const noInputOutput = 'noInput';
export const invalidOutput = 'invalid';

const option = z.object({
  digits: cappedText(flowLimits.optionDigits, 'The option'),
  label: cappedText(flowLimits.optionLabel, 'The label').optional(),
});

const optionalInt = z.number().int().optional();
const data = z.object({
  promptMessage: spokenTextField('The prompt'),
  voiceProfile: voiceProfileField,
  speed: speedField,
  repetition: repetitionField,
  minDigits: optionalInt,
  maxDigits: optionalInt,
  digitTimeout: optionalInt,
  overallTimeout: optionalInt,
  completeOnHash: z.boolean().optional(),
  noOfTries: optionalInt,
  successMessage: spokenTextField('The success message').nullable().optional(),
  failureMessage: spokenTextField('The failure message').nullable().optional(),
  options: cappedList(option, flowLimits.options, 'options'),
});
export type MenuData = z.infer<typeof data>;

const rules = data.superRefine((d, ctx) => {
  checkText(ctx, 'promptMessage', d.promptMessage, 'The prompt');
  checkVoice(ctx, d.voiceProfile);
  checkSpeed(ctx, d.speed);
  checkRepetition(ctx, d.repetition);
  checkCapture(ctx, d);
});

/** Digits as 8x8 reports them, less the # that ends an entry when completeOnHash is on. */
function normalizeDigits(digits: string | null, completeOnHash: boolean | undefined): string {
  // With "complete on #" off, # is an ordinary key (an option may be "#").
  return completeOnHash === false ? (digits ?? '') : (digits ?? '').replace(/#$/, '');
}

/** An optional message: null is sent as 8x8's samples do, an empty one is left out. */
const message = (value: string | null | undefined, ctx: CallContext) =>
  value === null ? null : value ? interpolate(value, ctx) : undefined;

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

export const menuNode: NodeDefinition<MenuData> = {
  label: 'Menu',
  description: 'Speak a prompt and capture the digits the caller presses.',
  icon: '≡',
  colour: 'violet',
  data,
  rules,
  defaults: () => ({
    promptMessage: '',
    voiceProfile: '',
    speed: 1,
    minDigits: 1,
    maxDigits: 1,
    digitTimeout: 5000,
    overallTimeout: 10000,
    completeOnHash: false,
    noOfTries: 2,
    options: [{ digits: '1' }, { digits: '2' }],
  }),
  outputs: (d) => [...d.options.map((o) => o.digits), noInputOutput, invalidOutput],
  outputLabel: (output, d) => (d.options.some((o) => o.digits === output) ? `Press ${output}` : commonOutputLabel(output)),
  waits: true,
  dropOff: { noInput: noInputOutput, invalid: invalidOutput },
  resume: (d, digits) => {
    const pressed = normalizeDigits(digits, d.completeOnHash);
    if (!pressed) return noInputOutput;
    return d.options.some((o) => o.digits === pressed) ? pressed : invalidOutput;
  },
  templated: (d) => [d.promptMessage, d.successMessage ?? '', d.failureMessage ?? ''],
  defines: () => [],
  summary: (d) => `“${clip(d.promptMessage) || 'No prompt yet'}”`,
  step: (d, ctx) => ({
    type: 'wait',
    actions: [
      {
        action: 'sayAndCapture',
        params: {
          promptMessage: interpolate(d.promptMessage, ctx),
          voiceProfile: voiceFor(d.voiceProfile, ctx),
          ...optional('repetition', d.repetition),
          ...optional('speed', d.speed),
          ...optional('minDigits', d.minDigits),
          ...optional('maxDigits', d.maxDigits),
          ...optional('digitTimeout', d.digitTimeout),
          ...optional('overallTimeout', d.overallTimeout),
          ...optional('completeOnHash', d.completeOnHash),
          ...optional('noOfTries', d.noOfTries),
          ...optional('successMessage', message(d.successMessage, ctx)),
          ...optional('failureMessage', message(d.failureMessage, ctx)),
        },
      },
    ],
  }),
};
