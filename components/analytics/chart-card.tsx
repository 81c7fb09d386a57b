import type { ReactNode } from 'react';

/** A titled chart; the caption names it for screen readers, the summary says what it shows in words. */
export function ChartCard({ id, title, summary, children }: { id: string; title: string; summary: string; children: ReactNode }) {
  return (
    <figure aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption>
        <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
          {title}
        </h2>
        <p className="text-xs text-slate-600">{summary}</p>
      </figcaption>
      <div className="mt-3">{children}</div>
    </figure>
  );
}
