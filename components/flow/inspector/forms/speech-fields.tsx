'use client';

import { issuesAt, type FieldIssues } from '../form-types';
import { NumberField } from '../fields/number-field';
import { VoiceField } from '../fields/voice-field';

type Speech = { voiceProfile: string; speed?: number; repetition?: number };

/** Voice, speed and repetition: shared by Say and Menu. */
export function SpeechFields<D extends Speech>({ data, issues, onChange }: { data: D; issues: FieldIssues; onChange: (patch: Partial<Speech>) => void }) {
  return (
    <>
      <VoiceField
        value={data.voiceProfile}
        onChange={(voiceProfile) => onChange({ voiceProfile })}
        errors={issuesAt(issues, 'voiceProfile')}
        noneLabel="The call’s voice (the flow’s, or the caller’s choice)"
        note="A voice here overrides the flow’s and the caller’s for this step only."
      />
      <div className="grid grid-cols-2 gap-2">
        <NumberField
          label="Speed"
          value={data.speed}
          onChange={(speed) => onChange({ speed })}
          errors={issuesAt(issues, 'speed')}
          hint="0.5–2; 1 is normal."
          placeholder="1"
        />
        <NumberField
          label="Repeat"
          integer
          value={data.repetition}
          onChange={(repetition) => onChange({ repetition })}
          errors={issuesAt(issues, 'repetition')}
          hint="1–3 times."
          placeholder="1"
        />
      </div>
    </>
  );
}
