import { DataDipList } from './data-dip-list';

export type TimelineEvent = {
  id: string;
  kind: string;
  callStatus: string | null;
  nodeId: string | null;
  clientActionId: string | null;
  dtmf: string | null;
  request: unknown;
  reply: unknown;
  httpStatus: number | null;
  receivedAt: Date;
  latencyMs: number | null;
  /** The HTTP requests (data dips) the reply made, as stored. */
  dataDips: unknown;
};

const kindLabels: Record<string, string> = {
  VCA: 'Call action (VCA)',
  VCS: 'Call status (VCS)',
  VSS: 'Session summary (VSS)',
  SEND_CALLFLOW: 'Send Callflow',
};

// Send Callflow is the one event we start: our request goes out, 8x8's answer comes in.
const isOutgoing = (kind: string) => kind === 'SEND_CALLFLOW';

function RawJson({ label, value }: { label: string; value: unknown }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-xs text-blue-800">{label}</summary>
      {/* Focusable so the keyboard can scroll a long payload. */}
      <pre tabIndex={0} role="region" aria-label={label} className="mt-1 max-h-80 overflow-auto rounded bg-slate-900 p-2 text-xs text-slate-100">{JSON.stringify(value, null, 2)}</pre>
    </details>
  );
}

/** Every stored event of the session, in arrival order, each with what came in and what went out. */
export function EventTimeline({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">No webhook was received for this session.</p>;
  return (
    <ol aria-label="Event timeline" className="space-y-2">
      {events.map((event) => (
        <li key={event.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="timeline-event">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <time dateTime={event.receivedAt.toISOString()} className="font-mono text-xs text-slate-600">
              {event.receivedAt.toISOString().slice(11, 23)}
            </time>
            <span className="font-semibold text-slate-900">{kindLabels[event.kind] ?? event.kind}</span>
            {event.callStatus && <span className="text-slate-700">{event.callStatus}</span>}
            {event.nodeId && <span className="text-slate-700">at node {event.nodeId}</span>}
            {event.dtmf && <span className="text-slate-700">digits {event.dtmf}</span>}
            {event.httpStatus !== null && <span className="text-slate-700">HTTP {event.httpStatus}</span>}
            {event.latencyMs !== null && <span className="text-slate-700">{event.latencyMs.toFixed(1)} ms</span>}
          </div>
          <DataDipList value={event.dataDips} />
          <RawJson label={isOutgoing(event.kind) ? 'Request out (JSON)' : 'Webhook in (JSON)'} value={event.request} />
          {event.reply !== null && <RawJson label={isOutgoing(event.kind) ? 'Answer in (JSON)' : 'Reply out (JSON)'} value={event.reply} />}
        </li>
      ))}
    </ol>
  );
}
