import type { NodeKind } from '@/lib/flow/kinds';

/** How each kind looks on the canvas and in the palette (glyphs common fonts have: no emoji). */
export const nodeAppearance: Record<NodeKind, { accent: string; icon: string }> = {
  start: { accent: 'border-emerald-500 bg-emerald-50', icon: '▶' },
  say: { accent: 'border-sky-500 bg-sky-50', icon: '“”' },
  playFile: { accent: 'border-indigo-500 bg-indigo-50', icon: '♪' },
  menu: { accent: 'border-violet-500 bg-violet-50', icon: '≡' },
  transfer: { accent: 'border-amber-500 bg-amber-50', icon: '↗' },
  hangup: { accent: 'border-rose-500 bg-rose-50', icon: '■' },
  businessHours: { accent: 'border-teal-500 bg-teal-50', icon: '◷' },
  setVariable: { accent: 'border-slate-500 bg-slate-100', icon: 'x=' },
};

/** Labels for the fixed outputs; a menu's options are labelled by their digits. */
export const outputLabels: Record<string, string> = {
  next: 'Next',
  noInput: 'No input',
  invalid: 'Invalid',
  after: 'After the call',
  open: 'Open',
  closed: 'Closed',
};
