'use client';

import type { SetVariableData } from '@/lib/flow/nodes/set-variable/definition';
import { issuesAt, withField, type FormProps } from '../form-types';
import { TemplateField } from '../fields/template-field';
import { TextField } from '../fields/text-field';

export function SetVariableForm({ data, issues, onChange }: FormProps<SetVariableData>) {
  return (
    <div className="space-y-3">
      <TextField
        label="Name"
        mono
        value={data.name}
        onChange={(name) => onChange(withField(data, 'name', name))}
        errors={issuesAt(issues, 'name')}
        placeholder="choice"
        hint={data.name ? `Later steps use it as {{vars.${data.name}}}.` : 'Letters, digits and _, e.g. choice.'}
      />
      <TemplateField
        label="Value"
        rows={2}
        max={1000}
        value={data.value}
        onChange={(value) => onChange(withField(data, 'value', value))}
        errors={issuesAt(issues, 'value')}
        placeholder="{{digits}}"
        hint="Kept for the rest of the call. May use variables, e.g. {{digits}} for the keys just pressed."
      />
    </div>
  );
}
