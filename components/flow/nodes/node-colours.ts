import type { NodeColour } from '@/lib/flow/kinds';

/** The classes of each colour a kind may be drawn in (written out so Tailwind finds them). */
export const nodeColourClasses: Record<NodeColour, string> = {
  emerald: 'border-emerald-500 bg-emerald-50',
  sky: 'border-sky-500 bg-sky-50',
  indigo: 'border-indigo-500 bg-indigo-50',
  violet: 'border-violet-500 bg-violet-50',
  amber: 'border-amber-500 bg-amber-50',
  rose: 'border-rose-500 bg-rose-50',
  teal: 'border-teal-500 bg-teal-50',
  slate: 'border-slate-500 bg-slate-100',
  orange: 'border-orange-500 bg-orange-50',
  fuchsia: 'border-fuchsia-500 bg-fuchsia-50',
  lime: 'border-lime-500 bg-lime-50',
};
