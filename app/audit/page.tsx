import Link from 'next/link';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AuditTable } from '@/components/audit/audit-table';
import { firstValues, withParams } from '@/components/history/history-params';
import { auditFilterKeys, listAuditQuery } from '@/lib/audit/audit-query';
import { requirePage } from '@/lib/auth/require-page';
import { parseReadable } from '@/lib/http/readable-parse';
import { listAudit } from '@/lib/server/audit/list-audit';
import { buttonStyles } from '@/components/ui/button';

export const dynamic = 'force-dynamic';

export const metadata = { title: 'Audit log — IVR Studio' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage('audit.read');
  const params = firstValues(await searchParams);
  const parsed = parseReadable(listAuditQuery, params);
  const result = parsed.ok ? await listAudit(parsed.data) : null;
  const filters = Object.fromEntries(Object.entries(params).filter(([key]) => (auditFilterKeys as readonly string[]).includes(key)));
  const hasFilters = Object.keys(filters).length > 0;

  return (
    <section aria-labelledby="audit-heading" className="mx-auto max-w-6xl space-y-4 px-6 py-8">
      <div className="flex items-center gap-4">
        <h1 id="audit-heading" className="text-2xl font-semibold text-slate-900">
          Audit log
        </h1>
        <a href={`/api/audit/export.csv${withParams(filters, {})}`} className={`${buttonStyles.secondary} ml-auto`} download>
          Export CSV
        </a>
      </div>
      <p className="text-sm text-slate-600">
        Every change, who made it and from which address. Entries are never changed or removed; draft autosaves are one entry per
        editing session (30 minutes).
      </p>
      <AuditFilters key={withParams(params, {})} params={params} />
      {!parsed.ok ? (
        <p role="alert" className="text-sm text-rose-800">
          These filters cannot be read: {parsed.message}{' '}
          <Link href="/audit" className="underline">
            Clear filters
          </Link>
        </p>
      ) : result && result.entries.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          <p className="font-medium text-slate-800">{hasFilters ? 'No entries match these filters' : result.page > 1 ? 'No entries on this page' : 'Nothing recorded yet.'}</p>
          {hasFilters && (
            <Link href="/audit" className="mt-2 inline-block text-blue-800 underline">
              Clear filters
            </Link>
          )}
        </div>
      ) : (
        result && (
          <>
            <p className="text-sm text-slate-600" aria-live="polite">
              Page {result.page} · {result.entries.length} entr{result.entries.length === 1 ? 'y' : 'ies'}, newest first
            </p>
            <AuditTable entries={result.entries} />
            <nav aria-label="Pages" className="flex items-center justify-between text-sm">
              {result.page > 1 ? (
                <Link href={`/audit${withParams(params, { page: String(result.page - 1) })}`} className={buttonStyles.secondary}>
                  Newer entries
                </Link>
              ) : (
                <span />
              )}
              {result.hasMore && (
                <Link href={`/audit${withParams(params, { page: String(result.page + 1) })}`} className={buttonStyles.secondary}>
                  Older entries
                </Link>
              )}
            </nav>
          </>
        )
      )}
    </section>
  );
}
