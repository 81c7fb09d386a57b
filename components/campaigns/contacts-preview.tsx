import { Table } from '@/components/ui/table';
import type { TimeZoneSummary } from '@/lib/campaigns/contact-time-zones';

export type ImportedContacts = {
  rows: number;
  contacts: number;
  duplicates: number;
  invalid: Array<{ line: number; reason: string }>;
  invalidCount: number;
  numberColumn: string;
  varColumns: string[];
  timeZones: TimeZoneSummary;
};

/** The totals of a checked contacts file and its bad rows by line, before anything is dialed. */
export function ContactsPreview({ imported }: { imported: ImportedContacts }) {
  return (
    <div className="space-y-3" role="status">
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div><dt className="text-slate-600">Rows</dt><dd className="text-lg font-semibold">{imported.rows.toLocaleString('en')}</dd></div>
        <div><dt className="text-slate-600">Contacts to call</dt><dd className="text-lg font-semibold">{imported.contacts.toLocaleString('en')}</dd></div>
        <div><dt className="text-slate-600">Duplicates merged</dt><dd className="text-lg font-semibold">{imported.duplicates.toLocaleString('en')}</dd></div>
        <div><dt className="text-slate-600">Bad rows</dt><dd className="text-lg font-semibold">{imported.invalidCount.toLocaleString('en')}</dd></div>
      </dl>
      <p className="text-sm text-slate-600">
        Numbers from the “{imported.numberColumn}” column; variables: {imported.varColumns.length ? imported.varColumns.map((v) => `vars.${v}`).join(', ') : 'none'}.
      </p>
      <TimeZones summary={imported.timeZones} />
      {imported.invalidCount > 0 && (
        <Table
          caption="Bad rows (not called)"
          showCaption
          variant="plain"
          rows={imported.invalid}
          rowKey={(p) => String(p.line)}
          columns={[
            { header: 'Line', cell: (p) => p.line, rowHeader: true },
            { header: 'Problem', cell: (p) => p.reason },
          ]}
        />
      )}
    </div>
  );
}

/** Whose calling hours are read in which zone: one, all of several, or UTC for want of one. */
function TimeZones({ summary }: { summary: TimeZoneSummary }) {
  const count = (n: number) => n.toLocaleString('en');
  return (
    <>
      <p className="text-sm text-slate-600">
        Calling hours are each contact’s local time, from the number: {count(summary.oneZone)} in one time zone
        {summary.severalZones > 0 && <>; {count(summary.severalZones)} whose number may be in several zones, called only when the hours are open in all of them</>}
        {summary.fallbackCount > 0 && <>; {count(summary.fallbackCount)} with no known time zone, whose hours are read in UTC</>}.
      </p>
      {summary.fallbackCount > 0 && (
        <Table
          caption={summary.fallbackCount > summary.fallback.length ? `No known time zone: hours in UTC (first ${summary.fallback.length} of ${count(summary.fallbackCount)})` : 'No known time zone: hours in UTC'}
          showCaption
          variant="plain"
          rows={summary.fallback}
          rowKey={(c) => c.number}
          columns={[
            { header: 'Line', cell: (c) => c.line },
            { header: 'Number', cell: (c) => c.number, rowHeader: true, className: 'font-mono' },
          ]}
        />
      )}
    </>
  );
}
