'use client';

import { defaultVoiceProfile } from '@/lib/flow/apology';
import type { StartData } from '@/lib/flow/nodes/start/definition';
import { VoiceField } from '../fields/voice-field';
import { issuesAt, withField, type FormProps } from '../form-types';

export function StartForm({ data, issues, onChange }: FormProps<StartData>) {
  return (
    <div className="space-y-3 text-sm text-slate-700">
      <p>Every call begins here, inbound calls to a number routed to this flow and outbound callbacks alike.</p>
      <VoiceField
        label="The flow’s voice and language"
        noneLabel={`Default (${defaultVoiceProfile})`}
        value={data.voiceProfile ?? ''}
        onChange={(voice) => onChange(withField(data, 'voiceProfile', voice || undefined))}
        errors={issuesAt(issues, 'voiceProfile')}
        note="Steps without a voice of their own speak in it, until a Set variable or a Condition switches the caller’s."
      />
      <p>Connect its “Next” output to the first step callers hear. The Start step cannot be deleted.</p>
    </div>
  );
}
