import { z } from 'zod';
import { interpolate } from '../../template-text';
import { checkPhoneNumber } from '../../eight-by-eight-rules';
import { commonOutputLabel, type NodeDefinition } from '../../kinds';
import { cappedText, flowLimits } from '../../limits';

export const afterCallOutput = 'after';

const data = z.object({
  destination: cappedText(flowLimits.phoneOrVariable, 'The number to call'),
  /** Caller id shown to the destination; must be a number 8x8 allows (-1014). */
  source: cappedText(flowLimits.phoneOrVariable, 'The caller id'),
  callRecording: z.boolean().optional(),
});
export type TransferData = z.infer<typeof data>;

const rules = data.superRefine((d, ctx) => {
  checkPhoneNumber(ctx, 'destination', d.destination, 'The number to call');
  checkPhoneNumber(ctx, 'source', d.source, 'The caller id');
});

export const transferNode: NodeDefinition<TransferData> = {
  label: 'Transfer',
  description: 'Bridge the caller to another number. "After the call" continues when that call ends.',
  icon: '↗',
  colour: 'amber',
  // Nothing after the bridged call is the usual case: the call simply ends with it.
  openOutputs: 'quiet',
  data,
  rules,
  defaults: () => ({ destination: '', source: '{{dialed}}' }),
  outputs: () => [afterCallOutput],
  outputLabel: commonOutputLabel,
  // 8x8 sends a VCA with this reply's clientActionId once the bridged call ends.
  waits: true,
  resume: () => afterCallOutput,
  templated: (d) => [d.destination, d.source],
  defines: () => [],
  summary: (d) => `To ${d.destination || '—'}`,
  step: (d, ctx) => ({
    type: 'wait',
    actions: [
      {
        action: 'makeCall',
        params: {
          source: interpolate(d.source, ctx),
          destination: interpolate(d.destination, ctx),
          ...(d.callRecording !== undefined && { callRecording: d.callRecording }),
        },
      },
    ],
  }),
};
