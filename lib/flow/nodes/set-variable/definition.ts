import { z } from 'zod';
import { interpolate, variableNamePattern } from '../../template-text';
import { clip, commonOutputLabel, type NodeDefinition } from '../../kinds';
import { cappedText, flowLimits } from '../../limits';
import { callerVoiceVariable } from '../../voice';

const maxValue = flowLimits.variableValue;
const data = z.object({
  name: cappedText(flowLimits.variableName, 'The name'),
  value: cappedText(maxValue, 'The value'),
});
export type SetVariableData = z.infer<typeof data>;

const rules = data.superRefine((d, ctx) => {
  if (d.name === callerVoiceVariable && !d.value.trim()) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'Choose the voice the caller hears from here on' });
  }
  if (!variableNamePattern.test(d.name)) {
    ctx.addIssue({
      code: 'custom',
      path: ['name'],
      message: 'Name the variable with letters, digits and _ (not starting with a digit), e.g. choice',
    });
  }
});

export const setVariableNode: NodeDefinition<SetVariableData> = {
  label: 'Set variable',
  description: 'Remember a value for later prompts as {{vars.name}}.',
  icon: 'x=',
  colour: 'slate',
  data,
  rules,
  defaults: () => ({ name: '', value: '' }),
  outputs: () => ['next'],
  outputLabel: commonOutputLabel,
  waits: false,
  templated: (d) => [d.value],
  defines: (d) => (d.name ? [d.name] : []),
  summary: (d) => (d.name === callerVoiceVariable ? `Caller’s voice → ${d.value || '?'}` : `${d.name || '?'} = ${clip(d.value, 40) || '""'}`),
  // Kept to the cap after filling in: a value like "{{vars.x}}{{vars.x}}" set on each
  // pass of a menu loop would otherwise double the session's variables every call back.
  step: (d, ctx) => ({ type: 'continue', output: 'next', vars: { [d.name]: interpolate(d.value, ctx).slice(0, maxValue) } }),
};
