'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { RoleNotice } from '@/components/auth/role-notice';
import { buttonStyles } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/field';
import { Pager } from '@/components/ui/pager';
import { SearchBox } from '@/components/ui/search-box';
import type { DoNotCallEntry } from '@/lib/server/do-not-call/do-not-call-entry';
import type { DoNotCallPage } from '@/lib/server/do-not-call/list-do-not-call';
import { AddNumberForm } from './add-number-form';
import { doNotCallExportHref, doNotCallHref } from './do-not-call-href';
import { DoNotCallTable } from './do-not-call-table';
import { ImportCsv } from './import-csv';
import { RemoveNumberDialog } from './remove-number-dialog';

const card = 'space-y-3 rounded-lg border border-slate-200 bg-white p-5';

/**
 * The do-not-call list: add by hand, import a CSV, search by the start of a number, remove
 * with a reason, export. The server page searches and pages (`q` and `page` in the URL); a
 * change re-renders it with `router.refresh()`.
 */
export function DoNotCallView({ q, result, problem }: { q: string; result: DoNotCallPage | null; problem: string | null }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<DoNotCallEntry | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const refresh = () => startRefresh(() => router.refresh());
  // Replace, not push: each pause in typing is not a step back/forward should revisit.
  const searchFor = (text: string) => startRefresh(() => router.replace(doNotCallHref(text), { scroll: false }));

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <RoleNotice permission="dnc.add" to="to add or import numbers" />
        <RoleNotice permission="dnc.remove" to="to remove numbers (it lets campaigns call them again)" />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="add-heading" className={card}>
          <h2 id="add-heading" className="text-lg font-semibold">
            Add a number
          </h2>
          <AddNumberForm
            onAdded={(message) => {
              setNotice(message);
              refresh();
            }}
          />
        </section>
        <section aria-labelledby="import-heading" className={card}>
          <h2 id="import-heading" className="text-lg font-semibold">
            Import a CSV
          </h2>
          <ImportCsv onImported={refresh} />
        </section>
      </div>

      {notice && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {notice}
        </p>
      )}

      <section aria-labelledby="list-heading" className="space-y-3">
        <div className="flex flex-wrap items-end gap-3">
          <h2 id="list-heading" className="w-full text-lg font-semibold">
            Numbers on the list
          </h2>
          <SearchBox ref={search} q={q} onSearch={searchFor} label="Search by number" placeholder="Its start, e.g. +65 9123" maxLength={40} inputMode="tel" />
          <div className="ml-auto flex items-center gap-3">
            {refreshing && (
              <span role="status" className="text-xs text-slate-500">
                Updating…
              </span>
            )}
            <a href={doNotCallExportHref(problem === null ? q : '')} className={buttonStyles.secondary} download>
              Export CSV
            </a>
          </div>
        </div>
        <ListBody q={q} result={result} problem={problem} onRemove={setRemoving} />
      </section>

      <RemoveNumberDialog
        entry={removing}
        onClose={() => setRemoving(null)}
        returnFocusTo={() => search.current}
        onRemoved={(number) => {
          setRemoving(null);
          setNotice(`Removed ${number} from the do-not-call list: campaigns may call it again.`);
          refresh();
        }}
      />
    </div>
  );
}

function ListBody({ q, result, problem, onRemove }: { q: string; result: DoNotCallPage | null; problem: string | null; onRemove: (entry: DoNotCallEntry) => void }) {
  if (problem !== null || result === null) {
    return <ErrorMessage message={`This search cannot be read: ${problem ?? 'unknown problem'}`} />;
  }
  if (result.total === 0) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
        {q ? (
          <>
            <p className="font-medium text-slate-800">No number on the list starts with “{q}”.</p>
            <Link href="/do-not-call" className="mt-2 inline-block text-blue-800 underline">
              Clear search
            </Link>
          </>
        ) : (
          <p>The list is empty: every number may be called. Add a number above, or import a CSV of them.</p>
        )}
      </div>
    );
  }
  return (
    <>
      <p className="text-sm text-slate-600" aria-live="polite">
        {result.total.toLocaleString('en')} number{result.total === 1 ? '' : 's'}
        {q ? ` starting with “${q}”` : ''} · page {result.page} of {result.pages}, newest first
      </p>
      <DoNotCallTable entries={result.entries} onRemove={onRemove} />
      <Pager page={result.page} pages={result.pages} href={(page) => doNotCallHref(q, page)} />
    </>
  );
}
