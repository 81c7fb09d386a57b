import { z } from 'zod';
import { commonOutputLabel, type NodeDefinition } from '../../kinds';

const data = z.object({}).strict();

export const startNode: NodeDefinition<z.infer<typeof data>> = {
  label: 'Start',
  description: 'Where every call begins. Exactly one per flow.',
  icon: '▶',
  colour: 'emerald',
  entry: true,
  data,
  rules: data,
  defaults: () => ({}),
  outputs: () => ['next'],
  outputLabel: commonOutputLabel,
  waits: false,
  templated: () => [],
  defines: () => [],
  summary: () => 'Every call begins here.',
  step: () => ({ type: 'continue', output: 'next' }),
};
