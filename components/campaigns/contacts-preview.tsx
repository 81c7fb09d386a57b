import { Table } from '@/components/ui/table';

export type ImportedContacts = { rows: number; contacts: number; duplicates: number; invalid: Array<{ line: number; reason: string }>; invalidCount: number; numberColumn: string; varColumns: string[] };

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
