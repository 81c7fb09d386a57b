'use client';

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

type Tab = { id: string; label: string; content: () => ReactNode };

/** Tabs with the ARIA pattern (arrow keys, Home, End); only the active panel renders. */
export function InspectorTabs({ tabs, label }: { tabs: Tab[]; label: string }) {
  const [active, setActive] = useState(tabs[0]!.id);
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const select = (id: string) => {
    setActive(id);
    list.current?.querySelector<HTMLElement>(`[data-tab="${id}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === active);
    const to =
      event.key === 'ArrowRight' ? (at + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (at - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : -1;
    if (to < 0) return;
    event.preventDefault();
    event.stopPropagation(); // the side panel's own tabs use the same keys
    select(tabs[to]!.id);
  };
  const current = tabs.find((t) => t.id === active) ?? tabs[0]!;
  return (
    <div>
      <div ref={list} role="tablist" aria-label={label} onKeyDown={onKeyDown} className="flex gap-1 border-b border-slate-200 px-3">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`${base}-tab-${tab.id}`}
            data-tab={tab.id}
            role="tab"
            type="button"
            aria-selected={tab.id === current.id}
            aria-controls={`${base}-panel`}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => setActive(tab.id)}
            className={`-mb-px px-2 py-1.5 text-xs ${tab.id === current.id ? 'border-b-2 border-blue-700 font-semibold text-blue-800' : 'text-slate-600 hover:text-slate-900'}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div id={`${base}-panel`} role="tabpanel" aria-labelledby={`${base}-tab-${current.id}`} className="p-3">
        {current.content()}
      </div>
    </div>
  );
}
