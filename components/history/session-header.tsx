import Link from 'next/link';
import { sessionErrorMeaning, sessionStatusMeaning } from '@/lib/eightbyeight/status-codes';
import { CallStatusBadge, formatDuration, isLiveCall } from './call-status-badge';

export type SessionSummary = {
  id: string;
  direction: string;
  caller: string | null;
  dialed: string | null;
  status: string;
  startedAt: Date;
  endedAt: Date | null;
  finalStatus: string | null;
  errorCode: number | null;
  errorMessage: string | null;
  errorMeaning: string | null;
  flowId: string | null;
};

type FlowRef = { id: string; name: string; version: number } | null;

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase text-slate-600">{term}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** Who called whom, on which flow, when, and how it ended, in words. */
export function SessionHeader({ session, flow }: { session: SessionSummary; flow: FlowRef }) {
  const inbound = session.direction === 'INBOUND';
  const outcome = isLiveCall(session)
    ? 'In progress.'
    : session.finalStatus === 'NOT_CREATED'
      ? '8x8 refused to start the call.'
      : sessionStatusMeaning(session.finalStatus ?? session.status);
  return (
    <header className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="session-heading" className="text-2xl font-semibold text-slate-900">
          {inbound ? 'Inbound' : 'Outbound'} call {inbound ? 'from' : 'to'} {session.caller ?? 'an unknown number'}
        </h1>
        <CallStatusBadge call={session} />
      </div>
      <dl className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-4">
        <Fact term={inbound ? 'Caller' : 'Called'}>{session.caller ?? '—'}</Fact>
        <Fact term={inbound ? 'Dialed' : 'Caller id'}>{session.dialed ?? '—'}</Fact>
        <Fact term="Flow">
          {flow ? (
            <Link href={`/flows/${flow.id}/versions/${flow.version}`} className="text-blue-800 underline">
              {flow.name} v{flow.version}
            </Link>
          ) : (
            '—'
          )}
        </Fact>
        <Fact term="Session">
          <span className="break-all font-mono text-xs">{session.id}</span>
        </Fact>
        <Fact term="Started">{session.startedAt.toISOString().replace('T', ' ').slice(0, 19)} UTC</Fact>
        <Fact term="Ended">{session.endedAt ? `${session.endedAt.toISOString().replace('T', ' ').slice(0, 19)} UTC` : '—'}</Fact>
        <Fact term="Duration">{formatDuration(session.startedAt, session.endedAt)}</Fact>
        <Fact term="Final status">
          {session.finalStatus ?? '—'} <span className="block text-slate-700">{outcome}</span>
        </Fact>
        {session.errorCode !== null && (
          <Fact term="8x8 error">
            {session.errorCode}: {session.errorMeaning ?? sessionErrorMeaning(session.errorCode)}
            {session.errorMessage && <span className="block text-slate-700">{session.errorMessage}</span>}
          </Fact>
        )}
      </dl>
    </header>
  );
}
