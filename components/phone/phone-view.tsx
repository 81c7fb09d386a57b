'use client';

import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { DialPad } from './dial-pad';
import { describeEntry } from './transcript';
import type { SandboxCall } from './use-sandbox-call';

const whoStyle = { ivr: 'bg-sky-50 text-sky-900', you: 'bg-emerald-50 text-emerald-900 text-right', system: 'text-slate-600 italic' };

/**
 * The phone: what the IVR said and what happened, a dial pad (the keyboard's digit
 * keys press it too while the phone has focus) and, during a call, Hang up.
 */
export function PhoneView({
  call,
  label,
  speakPrompts,
  onSpeakPromptsChange,
  children,
}: {
  call: SandboxCall;
  label: string;
  speakPrompts: boolean;
  onSpeakPromptsChange: (on: boolean) => void;
  children?: ReactNode;
}) {
  const log = useRef<HTMLOListElement>(null);
  const live = call.state.phase === 'live';
  useEffect(() => {
    log.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [call.entries.length]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!live || !/^[0-9*#]$/.test(event.key) || ['INPUT', 'SELECT', 'TEXTAREA'].includes((event.target as HTMLElement).tagName)) return;
    event.preventDefault();
    void call.press(event.key);
  };

  return (
    <section aria-label={label} onKeyDown={onKeyDown} className="space-y-2 text-sm">
      {children}
      {live && (
        <button type="button" onClick={() => void call.hangUp()} className="rounded bg-rose-700 px-3 py-1.5 font-semibold text-white">
          Hang up
        </button>
      )}
      {call.state.phase === 'failed' && (
        <p role="alert" className="text-rose-700">
          {call.state.message}
        </p>
      )}
      <ol ref={log} aria-label="What happened on the call" aria-live="polite" className="max-h-64 space-y-1 overflow-y-auto">
        {call.entries.map((entry, i) => {
          const line = describeEntry(entry);
          return line ? (
            <li key={`${entry.at}-${i}`} className={`rounded px-2 py-1 ${whoStyle[line.who]}`}>
              {line.text}
            </li>
          ) : null;
        })}
      </ol>
      <DialPad disabled={!live} onPress={(key) => void call.press(key)} />
      <label className="flex items-center gap-2 text-xs">
        <input type="checkbox" checked={speakPrompts} onChange={(e) => onSpeakPromptsChange(e.target.checked)} />
        Speak the prompts aloud
      </label>
    </section>
  );
}
