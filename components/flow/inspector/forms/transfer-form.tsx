'use client';

import type { TransferData } from '@/lib/flow/nodes/transfer/definition';
import { issuesAt, withField, type FormProps } from '../form-types';
import { CheckboxField } from '../fields/checkbox-field';
import { PhoneField } from '../fields/phone-field';

export function TransferForm({ data, issues, onChange }: FormProps<TransferData>) {
  return (
    <div className="space-y-3">
      <PhoneField
        label="Number to call"
        value={data.destination}
        onChange={(destination) => onChange(withField(data, 'destination', destination))}
        errors={issuesAt(issues, 'destination')}
      />
      <PhoneField
        label="Caller id shown"
        value={data.source}
        onChange={(source) => onChange(withField(data, 'source', source))}
        errors={issuesAt(issues, 'source')}
        hint="A number 8x8 lets you show (one of your virtual numbers); {{dialed}} is the number the caller rang."
      />
      <CheckboxField
        label="Record the call"
        checked={data.callRecording ?? false}
        onChange={(on) => onChange(withField(data, 'callRecording', on || undefined))}
      />
      <p className="text-xs text-slate-500">
        The caller is connected to this number. When that call ends, 8x8 calls back and the flow continues from “After the call”.
      </p>
    </div>
  );
}
