'use client';

import { useMemo } from 'react';
import { Field } from '@/components/flow/inspector/fields/field';
import { inputClass } from '@/components/flow/inspector/fields/styles';
import { parsePromptPath } from '@/lib/prompts/prompt-file';
import type { PromptSummary } from '@/lib/server/prompts/prompt-summary';
import { pickerListSize, usePromptList, usePromptsByHash } from './use-prompts';

const uploaded = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Picks a Play file step's recording from the prompt library, by name. The step stores the
 * recording's content-addressed path (`/prompts/<sha256>.<ext>`), so a rename changes
 * nothing it plays; "None" hands over to the URL field (the form shows it then).
 */
export function PromptPicker({ fileUrl, onChange }: { fileUrl: string; onChange: (fileUrl: string) => void }) {
  const list = usePromptList();
  const picked = parsePromptPath(fileUrl);
  const lookup = usePromptsByHash(picked ? [picked.sha256] : []);
  const current = picked ? lookup?.get(picked.sha256) : undefined;
  const missing = picked !== null && lookup !== undefined && current === undefined;

  const options = useMemo(() => {
    const prompts = list.state === 'ready' ? list.prompts : [];
    const all = current && !prompts.some((p) => p.id === current.id) ? [current, ...prompts] : prompts;
    const names = new Map<string, number>();
    for (const p of all) names.set(p.name, (names.get(p.name) ?? 0) + 1);
    // Two recordings may share a name (a re-recorded greeting): the upload time tells them apart.
    const label = (p: PromptSummary) => ((names.get(p.name) ?? 0) > 1 ? `${p.name} (${uploaded.format(new Date(p.uploadedAt))})` : p.name);
    return all.map((p) => ({ value: p.path, label: label(p) }));
  }, [list, current]);

  const hint =
    list.state === 'loading'
      ? 'Loading recordings…'
      : list.state === 'error'
        ? `Could not load the library (${list.message}).`
        : current
          ? `8x8 is sent ${current.url} (renaming the recording changes nothing here).`
          : list.total === 0
            ? 'No recordings yet: upload some on the Prompts page.'
            : list.total > pickerListSize
              ? `The first ${pickerListSize} of ${list.total} recordings by name.`
              : 'Or leave it at None and enter a URL below.';

  return (
    <div className="space-y-2">
      <Field label="Recording from the library" hint={<span className="break-all">{hint}</span>} errors={missing ? ['This recording was deleted from the library: pick another one'] : []}>
        {(control) => (
          <select {...control} value={picked ? fileUrl : ''} onChange={(event) => onChange(event.target.value)} className={inputClass}>
            <option value="">None: play a file from a URL</option>
            {missing && <option value={fileUrl}>Deleted recording</option>}
            {picked && !missing && !current && <option value={fileUrl}>Loading…</option>}
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {current && <audio controls preload="none" src={current.path} aria-label={`Play “${current.name}”`} className="h-9 w-full" />}
      <p className="text-xs">
        <a href="/prompts" target="_blank" rel="noopener" className="text-blue-800 underline">
          Upload or manage recordings
        </a>{' '}
        <span className="text-slate-500">(opens in a new tab)</span>
      </p>
    </div>
  );
}
