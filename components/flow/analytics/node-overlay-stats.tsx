import type { NodeOverlay } from '@/lib/analytics/flow-overlay';

// What a node card shows while the analytics overlay is on: quiet, and in words a
// screen reader reads as they are.

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Visits, where calls stopped, and a menu's drop-off, under the card's header. */
export function NodeOverlayStats({ stats }: { stats: NodeOverlay }) {
  return (
    <div className="space-y-0.5 border-b border-black/10 bg-white/70 px-3 py-1 text-[11px] text-slate-700" data-testid="node-analytics">
      <p>
        <span className="font-semibold text-slate-900">{plural(stats.visits, 'visit')}</span>
        {/* A capturing step's ended calls are its hang-ups, shown with its drop-off. */}
        {!stats.dropOff && stats.ended > 0 && <span> · {stats.ended} ended here</span>}
        {stats.inProgress > 0 && <span className="text-emerald-800"> · {stats.inProgress} in progress</span>}
      </p>
      {stats.dropOff && (
        <p>
          Hung up {stats.dropOff.hangUps} · No input {stats.dropOff.noInput} · Invalid {stats.dropOff.invalid}
        </p>
      )}
    </div>
  );
}

/** The calls that left by one output, beside its handle (unconnected outputs have no edge to label). */
export function ExitCount({ count }: { count: number }) {
  return (
    <span className={`ml-1.5 rounded px-1 font-semibold ${count > 0 ? 'bg-slate-200 text-slate-900' : 'text-slate-500'}`} data-testid="exit-count">
      {count}
      <span className="sr-only"> {count === 1 ? 'call' : 'calls'}</span>
    </span>
  );
}
