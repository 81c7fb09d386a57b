// Shared classes for the inspector's controls.
export const inputClass =
  'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30 aria-[invalid=true]:border-rose-600 disabled:bg-slate-100';

export const smallButtonClass =
  'rounded border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 disabled:cursor-not-allowed disabled:opacity-40';

export const sectionClass = 'space-y-3 border-t border-slate-100 pt-3';
export const sectionTitleClass = 'text-xs font-semibold uppercase tracking-wide text-slate-500';
