import { z } from 'zod';
import { commonOutputLabel, type NodeDefinition } from '../../kinds';

const data = z.object({}).strict();

export const hangupNode: NodeDefinition<z.infer<typeof data>> = {
  label: 'Hang up',
  description: 'End the call (8x8 then sends the session summary).',
  icon: '■',
  colour: 'rose',
  data,
  rules: data,
  defaults: () => ({}),
  outputs: () => [],
  outputLabel: commonOutputLabel,
  waits: false,
  templated: () => [],
  defines: () => [],
  summary: () => 'Ends the call.',
  step: () => ({ type: 'end', actions: [{ action: 'hangup' }] }),
};
