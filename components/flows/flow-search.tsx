'use client';

import { useEffect, useRef, useState, type FormEvent, type Ref } from 'react';

// Long enough not to fetch a page per keystroke, short enough to feel "as you type".
const typingPauseMs = 250;

/**
 * The search box. It searches as you type (after a pause) or on Enter by calling `onSearch`,
 * which puts the text in the URL; `q` is the search the URL holds now.
 */
export function FlowSearch({
  q,
  onSearch,
  ref,
  label = 'Search flows',
  placeholder = 'Name or phone number',
}: {
  q: string;
  onSearch: (q: string) => void;
  ref?: Ref<HTMLInputElement>;
  /** Another list's search box (the prompt library's). */
  label?: string;
  placeholder?: string;
}) {
  const [value, setValue] = useState(q);
  const [sent, setSent] = useState(q);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // A search we did not send (back/forward, "Clear search") refills the box; our own
  // does not, so text typed while it loads is kept.
  if (q !== sent) {
    setSent(q);
    setValue(q);
  }

  const search = (text: string) => {
    clearTimeout(timer.current);
    if (text.trim() === sent) return;
    setSent(text.trim());
    onSearch(text.trim());
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    search(value);
  };

  return (
    <form role="search" onSubmit={submit}>
      <label className="flex flex-col text-sm">
        <span className="font-medium">{label}</span>
        <input
          ref={ref}
          type="search"
          value={value}
          onChange={(event) => {
            const text = event.target.value;
            setValue(text);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => search(text), typingPauseMs);
          }}
          placeholder={placeholder}
          maxLength={200}
          className="mt-1 w-72 rounded border border-slate-300 px-2 py-1.5"
        />
      </label>
    </form>
  );
}
