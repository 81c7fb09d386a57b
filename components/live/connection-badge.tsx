import type { Connection } from './use-event-stream';

const connectionStyles: Record<Connection, { label: string; className: string }> = {
  connecting: { label: 'Connecting…', className: 'bg-slate-100 text-slate-800' },
  live: { label: 'Live', className: 'bg-emerald-100 text-emerald-900' },
  reconnecting: { label: 'Reconnecting…', className: 'bg-amber-100 text-amber-950' },
};

/** How a live page's event stream is doing, announced when it changes. */
export function ConnectionBadge({ connection }: { connection: Connection }) {
  const state = connectionStyles[connection];
  return (
    <span role="status" aria-label={`Connection: ${state.label}`} className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${state.className}`}>
      {state.label}
    </span>
  );
}
