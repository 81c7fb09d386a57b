import Link from 'next/link';
import { Table } from '@/components/ui/table';
import { outcomeLabels, type AttemptOutcome } from '@/lib/campaigns/attempt-outcome';
import { contactStateLabels, type ContactState } from '@/lib/campaigns/campaign-input';
import type { ContactTimeZones } from '@/lib/campaigns/contact-time-zones';

type Attempt = { attemptNo: number; dialedAt: string | null; sessionId: string | null; outcome: string | null; detail: string | null; errorCode: number | null };
export type ContactAttempts = { number: string; line: number; state: string; timeZones: ContactTimeZones; attemptRows: Attempt[] };

/** One zone, or the several a number may be in (its hours must be open in all), or UTC for want of one. */
function zonesText({ zones, fallback }: ContactTimeZones): string {
  if (fallback) return `${zones[0]} (no zone known for the number)`;
  if (zones.length <= 3) return zones.join(', ');
  return `all of ${zones.length}: ${zones.slice(0, 2).join(', ')}…`;
}

const outcomeText = (a: Attempt) => (a.outcome ? (outcomeLabels[a.outcome as AttemptOutcome] ?? a.outcome) : 'In progress');

export function AttemptsTable({ contacts }: { contacts: ContactAttempts[] }) {
  return (
    <Table
      caption="Contacts and their attempts"
      rows={contacts}
      rowKey={(c) => c.number}
      empty="No contacts."
      columns={[
        { header: 'Line', cell: (c) => c.line, align: 'right' },
        { header: 'Number', rowHeader: true, className: 'font-mono whitespace-nowrap', cell: (c) => c.number },
        { header: 'Time zone', cell: (c) => <span title={c.timeZones.zones.join(', ')}>{zonesText(c.timeZones)}</span> },
        { header: 'State', cell: (c) => contactStateLabels[c.state as ContactState] ?? c.state },
        {
          header: 'Attempts',
          cell: (c) =>
            c.attemptRows.length === 0 ? (
              'none'
            ) : (
              <ol className="space-y-0.5">
                {c.attemptRows.map((a) => (
                  <li key={a.attemptNo}>
                    {a.attemptNo}. {a.dialedAt ? a.dialedAt.slice(11, 19) : '—'} {outcomeText(a)}
                    {a.detail ? ` — ${a.detail}` : ''}
                    {a.sessionId && (
                      <>
                        {' '}
                        <Link className="text-blue-800 underline" href={`/history/${encodeURIComponent(a.sessionId)}`}>
                          session<span className="sr-only"> of attempt {a.attemptNo} to {c.number}</span>
                        </Link>
                      </>
                    )}
                  </li>
                ))}
              </ol>
            ),
        },
      ]}
    />
  );
}
