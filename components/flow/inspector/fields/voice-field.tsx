'use client';

import { useMemo } from 'react';
import type { SpeechProfile } from '@/lib/eightbyeight/api-schemas';
import { useVoices } from '../use-voices';
import { Field } from './field';
import { inputClass } from './styles';

const genders: Record<string, string> = { M: 'male', F: 'female' };

const describe = (voice: SpeechProfile) =>
  [voice.localeCode, voice.gender ? (genders[voice.gender] ?? voice.gender) : null].filter(Boolean).join(', ');

type VoiceFieldProps = {
  value: string;
  onChange: (value: string) => void;
  errors: readonly string[];
  label?: string;
  /** When set, "" is a choice with this name (the flow's voice, no switch) rather than "not chosen yet". */
  noneLabel?: string;
  /** Shown before the list's source. */
  note?: string;
};

/** 8x8's speech profiles (or the built-in list), grouped by language; keeps a value not in the list. */
export function VoiceField({ value, onChange, errors, label = 'Voice', noneLabel, note }: VoiceFieldProps) {
  const voices = useVoices();
  const list = useMemo(() => (voices.state === 'ready' ? voices.voices : []), [voices]);
  const groups = useMemo(() => {
    const byLanguage = new Map<string, SpeechProfile[]>();
    for (const voice of list) {
      const language = voice.localeDescription ?? voice.localeCode ?? 'Other';
      byLanguage.set(language, [...(byLanguage.get(language) ?? []), voice]);
    }
    return [...byLanguage].sort(([a], [b]) => a.localeCompare(b));
  }, [list]);
  const known = list.some((v) => v.speechProfileCode === value);

  const source =
    voices.state === 'loading'
      ? 'Loading voices…'
      : voices.state === 'error'
        ? `Could not load the voice list (${voices.message}).`
        : (voices.warning ?? (voices.source === '8x8' ? 'Voices from your 8x8 account.' : 'Built-in voices (no 8x8 account connected).'));
  const hint = note ? `${note} ${source}` : source;

  return (
    <Field label={label} hint={hint} errors={errors}>
      {(control) => (
        <select {...control} value={value} onChange={(event) => onChange(event.target.value)} className={inputClass}>
          {noneLabel !== undefined ? <option value="">{noneLabel}</option> : !value && <option value="">Choose a voice</option>}
          {value && !known && <option value={value}>{value} (current)</option>}
          {groups.map(([language, members]) => (
            <optgroup key={language} label={language}>
              {members.map((voice) => (
                <option key={voice.speechProfileCode} value={voice.speechProfileCode}>
                  {voice.speechProfileCode} ({describe(voice)})
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
