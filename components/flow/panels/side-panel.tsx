'use client';

import { useState, type KeyboardEvent, type ReactNode } from 'react';

type Tab = { id: string; label: string; content: ReactNode };

/**
 * Tabs with the ARIA pattern: arrow keys move between tabs. `active`/`onActiveChange`
 * make the choice the parent's (a tab that opens itself); a missing tab falls back to the first.
 */
export function SidePanel({ tabs, active: chosen, onActiveChange }: { tabs: Tab[]; active?: string; onActiveChange?: (id: string) => void }) {
  const [own, setOwn] = useState(tabs[0]!.id);
  const wanted = chosen ?? own;
  const active = tabs.some((t) => t.id === wanted) ? wanted : tabs[0]!.id;
  const setActive = onActiveChange ?? setOwn;
  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(at + step + tabs.length) % tabs.length]!;
    setActive(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <aside className="flex min-h-0 flex-col border-l border-slate-200 bg-white">
      <div role="tablist" aria-label="Details" className="flex border-b border-slate-200" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            role="tab"
            type="button"
            aria-selected={tab.id === active}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            onClick={() => setActive(tab.id)}
            className={`flex-1 whitespace-nowrap px-1 py-2 text-sm ${tab.id === active ? 'border-b-2 border-blue-700 font-semibold text-blue-800' : 'text-slate-600 hover:bg-slate-50'}`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div key={tab.id} id={`panel-${tab.id}`} role="tabpanel" aria-labelledby={`tab-${tab.id}`} hidden={tab.id !== active} className="min-h-0 flex-1 overflow-y-auto">
          {tab.content}
        </div>
      ))}
    </aside>
  );
}
