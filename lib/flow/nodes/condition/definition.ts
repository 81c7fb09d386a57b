import { z } from 'zod';
import { voiceProfileField } from '../../eight-by-eight-rules';
import { clip, commonOutputLabel, type NodeDefinition } from '../../kinds';
import { cappedList, cappedText, flowLimits } from '../../limits';
import { interpolate } from '../../template-text';
import { callerVoiceVariable } from '../../voice';
import { asNumber, conditionOperators, listItems, numericOperators, operatorNames, ruleHolds } from './rules';

export const otherwiseOutput = 'otherwise';
/** A rule's id is its output's id: it stays when the rule's other fields change or it moves. */
export const ruleIdPattern = /^[A-Za-z0-9_-]{1,32}$/;

const rule = z.object({
  id: cappedText(flowLimits.output, 'The rule id'),
  operator: z.enum(conditionOperators),
  value: cappedText(flowLimits.conditionValue, 'The value'),
  /** When this rule holds, the caller's voice (and so language) for the rest of the call. */
  voiceProfile: voiceProfileField.optional(),
});
export type ConditionRule = z.infer<typeof rule>;

const data = z.object({
  /** What is checked: a text with placeholders, usually one ({{vars.lang}}, {{caller}}, {{digits}}). */
  subject: cappedText(flowLimits.spokenText, 'What to check'),
  rules: cappedList(rule, flowLimits.conditionRules, 'rules'),
});
export type ConditionData = z.infer<typeof data>;

const rules = data.superRefine((d, ctx) => {
  if (!d.subject.trim()) ctx.addIssue({ code: 'custom', path: ['subject'], message: 'Say what to check, e.g. {{digits}}, {{caller}} or {{vars.choice}}' });
  if (d.rules.length === 0) ctx.addIssue({ code: 'custom', path: ['rules'], message: 'Add a rule: with none, every call takes “Otherwise”' });
  const seen = new Set<string>();
  d.rules.forEach((r, i) => {
    if (!ruleIdPattern.test(r.id) || r.id === otherwiseOutput || seen.has(r.id)) {
      ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `Rule ${i + 1}: its output id "${r.id}" must be unique letters, digits, - and _` });
    }
    seen.add(r.id);
    const where = ['rules', i, 'value'];
    if (numericOperators.includes(r.operator) && asNumber(r.value) === null && !r.value.includes('{{')) {
      ctx.addIssue({ code: 'custom', path: where, message: `Rule ${i + 1}: compare with a number, e.g. 10` });
    } else if (r.operator === 'oneOf' && listItems(r.value).length === 0) {
      ctx.addIssue({ code: 'custom', path: where, message: `Rule ${i + 1}: list the values, separated by commas, e.g. 1, 2, 3` });
    } else if (r.operator === 'startsWith' && !r.value.trim()) {
      ctx.addIssue({ code: 'custom', path: where, message: `Rule ${i + 1}: write what it starts with, e.g. +65` });
    }
    if (r.voiceProfile !== undefined && !r.voiceProfile.trim()) {
      ctx.addIssue({ code: 'custom', path: ['rules', i, 'voiceProfile'], message: `Rule ${i + 1}: choose the voice to switch to` });
    }
  });
});

/** How a rule reads on the card and in lint: "= 1", "one of 1, 2", "is empty". */
export function describeRule(r: ConditionRule): string {
  // Lint and the canvas also see documents that skipped parsing: an unknown test reads as itself.
  const symbol = Object.hasOwn(operatorNames, r.operator) ? operatorNames[r.operator].symbol : clip(String(r.operator), 30);
  const test = r.operator === 'isEmpty' ? symbol : `${symbol} ${clip(r.value.trim(), 30) || '…'}`;
  return r.voiceProfile ? `${test} → ${r.voiceProfile}` : test;
}

export const conditionNode: NodeDefinition<ConditionData> = {
  label: 'Condition',
  description: 'Branch on a variable, the caller’s number or the digits: the first rule that holds wins, else “Otherwise”.',
  icon: '?:',
  colour: 'orange',
  data,
  rules,
  defaults: () => ({ subject: '{{digits}}', rules: [{ id: 'rule1', operator: 'equals', value: '1' }] }),
  outputs: (d) => [...d.rules.map((r) => r.id), otherwiseOutput],
  outputLabel: (output, d) => {
    const found = d.rules.find((r) => r.id === output);
    return found ? describeRule(found) : commonOutputLabel(output);
  },
  waits: false,
  templated: (d) => [d.subject, ...d.rules.map((r) => r.value)],
  defines: (d) => (d.rules.some((r) => r.voiceProfile) ? [callerVoiceVariable] : []),
  summary: (d) => `If ${clip(d.subject, 40) || '…'}: ${d.rules.length} rule(s), else otherwise`,
  step: (d, ctx) => {
    const subject = interpolate(d.subject, ctx);
    const match = d.rules.find((r) => ruleHolds(r.operator, subject, interpolate(r.value, ctx)));
    if (!match) return { type: 'continue', output: otherwiseOutput };
    return { type: 'continue', output: match.id, ...(match.voiceProfile && { vars: { [callerVoiceVariable]: match.voiceProfile } }) };
  },
};
