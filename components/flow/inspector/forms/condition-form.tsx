'use client';

import { useId } from 'react';
import type { ConditionData, ConditionRule } from '@/lib/flow/nodes/condition/definition';
import { flowLimits } from '@/lib/flow/limits';
import { useFlowActions } from '../../store/flow-store-context';
import { FieldErrors } from '../fields/field';
import { sectionClass, sectionTitleClass, smallButtonClass } from '../fields/styles';
import { TemplateField } from '../fields/template-field';
import { issuesAt, withField, type FormProps } from '../form-types';
import { ConditionRuleRow } from './condition-rule-row';

/** A new rule's id: the first free "ruleN" (ids name outputs, so they never change after). */
const freeId = (rules: readonly ConditionRule[]) => {
  for (let n = rules.length + 1; ; n++) if (!rules.some((r) => r.id === `rule${n}`)) return `rule${n}`;
};

export function ConditionForm({ nodeId, data, issues, onChange }: FormProps<ConditionData>) {
  const actions = useFlowActions();
  const base = useId();
  const setRules = (rules: ConditionRule[]) => onChange({ ...data, rules });
  const remove = (index: number) => {
    const gone = data.rules[index];
    setRules(data.rules.filter((_, j) => j !== index));
    if (gone) actions.removeOutput(nodeId, gone.id);
  };
  const move = (index: number, by: -1 | 1) => {
    const rules = [...data.rules];
    const [moved] = rules.splice(index, 1);
    if (moved) rules.splice(index + by, 0, moved);
    setRules(rules);
  };
  return (
    <div className="space-y-3">
      <TemplateField
        label="Check"
        rows={1}
        max={flowLimits.spokenText}
        value={data.subject}
        onChange={(subject) => onChange(withField(data, 'subject', subject))}
        errors={issuesAt(issues, 'subject')}
        placeholder="{{digits}}"
        hint="What the rules test: {{digits}} (the keys just pressed), {{caller}}, {{dialed}} or {{vars.name}}."
      />
      <section aria-labelledby={`${base}-title`} className={sectionClass}>
        <h3 id={`${base}-title`} className={sectionTitleClass}>
          Rules
        </h3>
        <p className="text-xs text-slate-500">Tried in order; the first that holds picks its output. “Otherwise” is always there.</p>
        <FieldErrors errors={issuesAt(issues, 'rules')} />
        <ol className="space-y-2">
          {data.rules.map((rule, index) => (
            <ConditionRuleRow
              key={rule.id}
              index={index}
              count={data.rules.length}
              rule={rule}
              issues={issues}
              onChange={(next) => setRules(data.rules.map((r, j) => (j === index ? next : r)))}
              onRemove={() => remove(index)}
              onMove={(by) => move(index, by)}
            />
          ))}
        </ol>
        <button type="button" onClick={() => setRules([...data.rules, { id: freeId(data.rules), operator: 'equals', value: '' }])} className={smallButtonClass}>
          + Add rule
        </button>
      </section>
    </div>
  );
}
