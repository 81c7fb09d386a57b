import { z } from 'zod';
import { checkPhoneNumber } from '../../eight-by-eight-rules';
import { commonOutputLabel, type NodeDefinition } from '../../kinds';
import { cappedText, flowLimits } from '../../limits';
import { interpolate } from '../../template-text';

const data = z.object({
  /** Whose number is listed: the caller's, or a number a variable holds. */
  number: cappedText(flowLimits.phoneOrVariable, 'The number'),
});
export type OptOutData = z.infer<typeof data>;

const rules = data.superRefine((d, ctx) => checkPhoneNumber(ctx, 'number', d.number, 'The number'));

/**
 * "Press 9 to stop these calls". The engine only asks for the opt-out (an effect); the webhook
 * handler adds the number to the account's do-not-call list once the reply's move is stored,
 * and journals it with the event while the database is down (lib/server/flows/apply-step-effects.ts).
 */
export const optOutNode: NodeDefinition<OptOutData> = {
  label: 'Opt out',
  description: 'Add the caller’s number to the do-not-call list, so no campaign calls it again. Sends 8x8 nothing.',
  icon: '⊘',
  colour: 'fuchsia',
  data,
  rules,
  defaults: () => ({ number: '{{caller}}' }),
  outputs: () => ['next'],
  outputLabel: commonOutputLabel,
  waits: false,
  templated: (d) => [d.number],
  defines: () => [],
  summary: (d) => `Lists ${d.number || '—'} as do-not-call`,
  step: (d, ctx) => ({ type: 'continue', output: 'next', effects: [{ kind: 'optOut', number: interpolate(d.number, ctx).trim() }] }),
};
