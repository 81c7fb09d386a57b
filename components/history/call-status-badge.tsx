type StatusCall = { status: string; endedAt: Date | string | null; finalStatus: string | null };

export const isLiveCall = (call: StatusCall) => call.endedAt === null && call.finalStatus === null;

export function CallStatusBadge({ call }: { call: StatusCall }) {
  if (isLiveCall(call)) {
    return <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900">live · {call.status.toLowerCase()}</span>;
  }
  const good = call.finalStatus === 'COMPLETED';
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${good ? 'bg-emerald-100 text-emerald-900' : 'bg-rose-100 text-rose-900'}`}>
      {(call.finalStatus ?? call.status).toLowerCase().replaceAll('_', ' ')}
    </span>
  );
}

/** "1 min 5 s", or "—" while live. */
export function formatDuration(startedAt: Date, endedAt: Date | null): string {
  if (!endedAt) return '—';
  const seconds = Math.max(0, Math.round((endedAt.getTime() - startedAt.getTime()) / 1000));
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
