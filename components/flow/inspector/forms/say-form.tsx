'use client';

import type { SayData } from '@/lib/flow/nodes/say/definition';
import { maxTextLength } from '@/lib/flow/eight-by-eight-rules';
import { issuesAt, withField, type FormProps } from '../form-types';
import { TemplateField } from '../fields/template-field';
import { SpeechFields } from './speech-fields';
import { patched } from './patched';

export function SayForm({ data, issues, onChange }: FormProps<SayData>) {
  return (
    <div className="space-y-3">
      <TemplateField
        label="Message"
        value={data.text}
        onChange={(text) => onChange(withField(data, 'text', text))}
        errors={issuesAt(issues, 'text')}
        max={maxTextLength}
        placeholder="Thank you for calling."
      />
      <SpeechFields data={data} issues={issues} onChange={(patch) => onChange(patched<SayData>(data, patch))} />
    </div>
  );
}
