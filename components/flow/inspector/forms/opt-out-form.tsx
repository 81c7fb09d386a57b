'use client';

import type { OptOutData } from '@/lib/flow/nodes/opt-out/definition';
import { PhoneField } from '../fields/phone-field';
import { issuesAt, withField, type FormProps } from '../form-types';

export function OptOutForm({ data, issues, onChange }: FormProps<OptOutData>) {
  return (
    <div className="space-y-3">
      <PhoneField
        label="Number to list"
        value={data.number}
        onChange={(number) => onChange(withField(data, 'number', number))}
        errors={issuesAt(issues, 'number')}
        hint="Usually {{caller}}: the person on the call."
      />
      <p className="text-xs text-slate-500">
        The number joins the do-not-call list (source “opt out”, with this call), so launches and campaigns skip it. Follow this step with a Say
        that confirms it, e.g. “You will not be called again.”
      </p>
    </div>
  );
}
