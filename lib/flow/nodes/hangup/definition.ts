import { z } from 'zod';
import type { NodeDefinition } from '../../kinds';

const data = z.object({}).strict();

export const hangupNode: NodeDefinition<z.infer<typeof data>> = {
  label: 'Hang up',
  description: 'End the call (8x8 then sends the session summary).',
  data,
  rules: data,
  defaults: () => ({}),
  outputs: () => [],
  waits: false,
  templated: () => [],
  step: () => ({ type: 'end', actions: [{ action: 'hangup' }] }),
};
