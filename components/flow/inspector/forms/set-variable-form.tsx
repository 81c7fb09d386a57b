'use client';

import type { SetVariableData } from '@/lib/flow/nodes/set-variable/definition';
import { callerVoiceVariable } from '@/lib/flow/voice';
import { CheckboxField } from '../fields/checkbox-field';
import { TemplateField } from '../fields/template-field';
import { TextField } from '../fields/text-field';
import { VoiceField } from '../fields/voice-field';
import { issuesAt, withField, type FormProps } from '../form-types';

export function SetVariableForm({ data, issues, onChange }: FormProps<SetVariableData>) {
  const switchesVoice = data.name === callerVoiceVariable;
  return (
    <div className="space-y-3">
      <CheckboxField
        label="Switch the caller’s voice (language) for the rest of the call"
        checked={switchesVoice}
        onChange={(on) => onChange(on ? { name: callerVoiceVariable, value: '' } : { name: '', value: '' })}
      />
      {switchesVoice ? (
        <VoiceField
          label="Voice from here on"
          value={data.value}
          onChange={(value) => onChange(withField(data, 'value', value))}
          errors={issuesAt(issues, 'value')}
          note="Steps without a voice of their own speak in it (e.g. after “press 2 for Spanish”)."
        />
      ) : (
        <>
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
        </>
      )}
    </div>
  );
}
