'use client';

import { useId } from 'react';
import type { ConditionRule } from '@/lib/flow/nodes/condition/definition';
import { conditionOperators, operatorNames, type ConditionOperator } from '@/lib/flow/nodes/condition/rules';
import { FieldErrors } from '../fields/field';
import { inputClass, smallButtonClass } from '../fields/styles';
import { VoiceField } from '../fields/voice-field';
import { issuesAt, type FieldIssues } from '../form-types';

type Props = {
  index: number;
  count: number;
  rule: ConditionRule;
  issues: FieldIssues;
  onChange: (rule: ConditionRule) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
};

const isOperator = (value: string): value is ConditionOperator => (conditionOperators as readonly string[]).includes(value);

export function ConditionRuleRow({ index, count, rule, issues, onChange, onRemove, onMove }: Props) {
  const n = index + 1;
  const id = useId();
  const errors = [...issuesAt(issues, 'rules', index, 'id'), ...issuesAt(issues, 'rules', index, 'value')];
  return (
    <li className="space-y-1.5 rounded border border-slate-200 p-2">
      <div className="grid grid-cols-[1fr_1fr] gap-2">
        <div className="space-y-1">
          <label htmlFor={`${id}-operator`} className="text-xs font-medium text-slate-700">
            <span className="sr-only">Rule {n} </span>Test
          </label>
          <select
            id={`${id}-operator`}
            value={rule.operator}
            onChange={(event) => isOperator(event.target.value) && onChange({ ...rule, operator: event.target.value })}
            className={inputClass}
          >
            {conditionOperators.map((operator) => (
              <option key={operator} value={operator}>
                {operatorNames[operator].label}
              </option>
            ))}
          </select>
        </div>
        {rule.operator !== 'isEmpty' && (
          <div className="space-y-1">
            <label htmlFor={`${id}-value`} className="text-xs font-medium text-slate-700">
              <span className="sr-only">Rule {n} </span>Value
            </label>
            <input
              id={`${id}-value`}
              value={rule.value}
              spellCheck={false}
              aria-invalid={errors.length > 0 || undefined}
              onChange={(event) => onChange({ ...rule, value: event.target.value })}
              className={`${inputClass} font-mono`}
            />
          </div>
        )}
      </div>
      <FieldErrors errors={errors} />
      <VoiceField
        label={`Rule ${n}: switch the caller's voice`}
        noneLabel="Keep the caller's voice"
        value={rule.voiceProfile ?? ''}
        onChange={(voice) => {
          const { voiceProfile: _old, ...rest } = rule;
          onChange(voice ? { ...rest, voiceProfile: voice } : rest);
        }}
        errors={issuesAt(issues, 'rules', index, 'voiceProfile')}
        note="For the rest of the call (e.g. “press 2 for Spanish”)."
      />
      <div className="flex gap-1">
        <button type="button" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move rule ${n} up`} className={smallButtonClass}>
          ↑
        </button>
        <button type="button" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Move rule ${n} down`} className={smallButtonClass}>
          ↓
        </button>
        <button type="button" onClick={onRemove} aria-label={`Remove rule ${n}`} className={`${smallButtonClass} ml-auto text-rose-700`}>
          Remove
        </button>
      </div>
    </li>
  );
}
