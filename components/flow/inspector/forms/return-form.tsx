'use client';

import type { ReturnData } from '@/lib/flow/nodes/return/definition';
import { TextField } from '../fields/text-field';
import { issuesAt, withField, type FormProps } from '../form-types';

export function ReturnForm({ data, issues, onChange }: FormProps<ReturnData>) {
  return (
    <TextField
      label="Output name"
      mono
      value={data.output}
      onChange={(output) => onChange(withField(data, 'output', output))}
      errors={issuesAt(issues, 'output')}
      placeholder="done"
      hint="A flow that runs this one as a Subflow continues from its output of this name. Called directly, the call ends here."
    />
  );
}
