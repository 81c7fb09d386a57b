import type { DrillReport } from './outage-drill';

// The drill's figures, as the bench prints them and the spec's failure messages quote them.

export function summarizeOutage(report: DrillReport) {
  const { calls, stored, replay } = report;
  return {
    calls: calls.length,
    dropped: calls.filter((call) => call.dropped).length,
    wrong: calls.filter((call) => call.wrong).length,
    lostEvents: stored.missing.length,
    unacknowledgedSummaries: calls.filter((call) => !call.summaryAcknowledged).length,
    misplacedSessions: stored.misplaced.length,
    replayMs: replay.ms,
  };
}

/** Where and how calls were dropped, e.g. "stop: 20 apology; restart: 3 refused". */
export function describeDrops(report: DrillReport): string {
  const counts = new Map<string, number>();
  for (const call of report.calls) {
    const first = call.dropped ?? call.wrong;
    if (!first) continue;
    const key = `${first.phase}: ${first.outcome}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts.size ? [...counts].map(([key, n]) => `${key} ×${n}`).join('; ') : 'none';
}

export function outageBenchLine(report: DrillReport): string {
  const s = summarizeOutage(report);
  return `BENCH outage calls=${s.calls} dropped=${s.dropped} lost_events=${s.lostEvents} replay_ms=${s.replayMs}`;
}
