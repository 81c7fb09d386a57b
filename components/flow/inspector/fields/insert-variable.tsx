'use client';

import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useFlowVariables } from '../use-flow-variables';
import { smallButtonClass } from './styles';

const builtins = [
  { token: '{{caller}}', what: 'the caller’s number' },
  { token: '{{dialed}}', what: 'the number they called' },
  { token: '{{digits}}', what: 'the keys last pressed' },
];

/** A disclosure listing the variables a text may use; picking one inserts it. */
export function InsertVariable({ onInsert, label }: { onInsert: (token: string) => void; label: string }) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const names = useFlowVariables();
  const choices = [...builtins, ...names.map((name) => ({ token: `{{vars.${name}}}`, what: 'set by a Set variable step' }))];

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    setOpen(false);
    trigger.current?.focus();
  };

  return (
    <div onKeyDown={onKeyDown}>
      <button
        ref={trigger}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={`Insert variable into ${label}`}
        onClick={() => setOpen((o) => !o)}
        className={smallButtonClass}
      >
        Insert variable {open ? '▴' : '▾'}
      </button>
      <ul id={listId} hidden={!open} aria-label="Variables" className="mt-1 space-y-0.5 rounded border border-slate-200 bg-slate-50 p-1">
        {choices.map((choice) => (
          <li key={choice.token}>
            <button
              type="button"
              onClick={() => {
                setOpen(false);
                onInsert(choice.token);
              }}
              className="flex w-full items-baseline justify-between gap-2 rounded px-1.5 py-0.5 text-left text-xs hover:bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
            >
              <span className="font-mono text-slate-900">{choice.token}</span>
              <span className="text-slate-500">{choice.what}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
