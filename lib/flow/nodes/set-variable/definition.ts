import { z } from 'zod';
import { interpolate, variableNamePattern } from '../../template-text';
import type { NodeDefinition } from '../../kinds';

const data = z.object({ name: z.string(), value: z.string() });
export type SetVariableData = z.infer<typeof data>;

const rules = data.superRefine((d, ctx) => {
  if (!variableNamePattern.test(d.name)) {
    ctx.addIssue({
      code: 'custom',
      path: ['name'],
      message: 'Name the variable with letters, digits and _ (not starting with a digit), e.g. choice',
    });
  }
  if (d.value.length > 1000) ctx.addIssue({ code: 'custom', path: ['value'], message: 'Keep the value under 1000 characters' });
});

export const setVariableNode: NodeDefinition<SetVariableData> = {
  label: 'Set variable',
  description: 'Remember a value for later prompts as {{vars.name}}.',
  data,
  rules,
  defaults: () => ({ name: '', value: '' }),
  outputs: () => ['next'],
  waits: false,
  templated: (d) => [d.value],
  step: (d, ctx) => ({ type: 'continue', output: 'next', vars: { [d.name]: interpolate(d.value, ctx) } }),
};
