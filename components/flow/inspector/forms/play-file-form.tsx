'use client';

import { PromptPicker } from '@/components/prompts/prompt-picker';
import type { PlayFileData } from '@/lib/flow/nodes/play-file/definition';
import { parsePromptPath } from '@/lib/prompts/prompt-file';
import { issuesAt, withField, type FormProps } from '../form-types';
import { NumberField } from '../fields/number-field';
import { TextField } from '../fields/text-field';

export function PlayFileForm({ data, issues, onChange }: FormProps<PlayFileData>) {
  return (
    <div className="space-y-3">
      <PromptPicker fileUrl={data.fileUrl} onChange={(fileUrl) => onChange(withField(data, 'fileUrl', fileUrl))} />
      {!parsePromptPath(data.fileUrl) && (
        <TextField
          label="Audio file URL"
          type="url"
          mono
          value={data.fileUrl}
          onChange={(fileUrl) => onChange(withField(data, 'fileUrl', fileUrl))}
          errors={issuesAt(issues, 'fileUrl')}
          placeholder="https://example.com/welcome.mp3"
          hint="An http(s) link to an .mp3 or .wav of at most 5 MB. 8x8 caches it for an hour, so a changed file may take that long to be heard."
        />
      )}
      <NumberField
        label="Repeat"
        integer
        value={data.repetition}
        onChange={(repetition) => onChange(withField(data, 'repetition', repetition))}
        errors={issuesAt(issues, 'repetition')}
        hint="1–3 times; empty plays it once."
        placeholder="1"
      />
    </div>
  );
}
