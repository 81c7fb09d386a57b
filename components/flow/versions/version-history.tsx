'use client';

/** Placeholder until version history lands. */
export function VersionHistory({ refreshKey }: { refreshKey: number }) {
  return <p className="p-3 text-sm text-slate-600" data-refresh={refreshKey}>Versions appear here once published.</p>;
}
