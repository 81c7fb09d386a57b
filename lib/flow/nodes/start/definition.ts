import { z } from 'zod';
import type { NodeDefinition } from '../../kinds';

const data = z.object({}).strict();

export const startNode: NodeDefinition<z.infer<typeof data>> = {
  label: 'Start',
  description: 'Where every call begins. Exactly one per flow.',
  data,
  rules: data,
  defaults: () => ({}),
  outputs: () => ['next'],
  waits: false,
  templated: () => [],
  step: () => ({ type: 'continue', output: 'next' }),
};
