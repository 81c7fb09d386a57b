'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { RoleNotice } from '@/components/auth/role-notice';
import { Button } from '@/components/ui/button';
import { ErrorMessage } from '@/components/ui/field';
import { Pager } from '@/components/ui/pager';
import { SearchBox } from '@/components/ui/search-box';
import { callApi } from '@/lib/http/call-api';
import type { FlowSummary } from '@/lib/server/flows/flow-summary';
import type { FlowsPage } from '@/lib/server/flows/search-flows';
import { DeleteFlowDialog } from './delete-flow-dialog';
import type { RowAction } from './flow-row-actions';
import { FlowTable } from './flow-table';
import { flowsHref } from './flows-href';
import { ImportFlowButton, type ImportOutcome } from './import-flow-button';
import { NewFlowDialog } from './new-flow-dialog';
import { RenameFlowDialog } from './rename-flow-dialog';

type Notice = { kind: 'error'; message: string } | { kind: 'done'; message: string; href?: string };

/**
 * The flows list with search, create, import and per-row actions. The server page searches
 * and pages (`q` and `page` in the URL); a change re-renders it with `router.refresh()`.
 */
export function FlowsView({ q, result, problem }: { q: string; result: FlowsPage | null; problem: string | null }) {
  const router = useRouter();
  const edit = useCan('flows.edit');
  const [refreshing, startRefresh] = useTransition();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<FlowSummary | null>(null);
  const [deleting, setDeleting] = useState<FlowSummary | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const refresh = () => startRefresh(() => router.refresh());
  // Replace, not push: each pause in typing is not a step back/forward should revisit.
  const searchFor = (text: string) => startRefresh(() => router.replace(flowsHref(text), { scroll: false }));

  const duplicate = async (flow: FlowSummary) => {
    setBusy(`duplicate:${flow.id}`);
    const result = await callApi<{ id: string; name: string }>(`/api/flows/${flow.id}/duplicate`, { method: 'POST' });
    setBusy(null);
    if (!result.ok) return setNotice({ kind: 'error', message: `Could not duplicate “${flow.name}”: ${result.message}` });
    setNotice({ kind: 'done', message: `Created “${result.data.name}”.`, href: `/flows/${result.data.id}` });
    refresh();
  };

  const onAction = (action: RowAction, flow: FlowSummary) => {
    setNotice(null);
    if (action === 'duplicate') void duplicate(flow);
    else if (action === 'rename') setRenaming(flow);
    else setDeleting(flow);
  };

  const onImported = (outcome: ImportOutcome) => {
    if (!outcome.ok) return setNotice({ kind: 'error', message: outcome.message });
    setNotice({ kind: 'done', message: `Imported “${outcome.name}” as a new draft.`, href: `/flows/${outcome.id}` });
    refresh();
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <SearchBox ref={search} q={q} onSearch={searchFor} label="Search flows" placeholder="Name or phone number" />
        <div className="ml-auto flex items-center gap-2">
          {refreshing && (
            <span role="status" className="text-xs text-slate-500">
              Updating…
            </span>
          )}
          <ImportFlowButton onImported={onImported} />
          <Button variant="primary" aria-haspopup="dialog" deniedReason={edit.reason} onClick={() => setCreating(true)}>
            New flow
          </Button>
        </div>
        <RoleNotice permission="flows.edit" to="to create or change flows" className="w-full text-right text-xs text-slate-600" />
      </div>

      {notice?.kind === 'error' && <ErrorMessage message={notice.message} />}
      {notice?.kind === 'done' && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {notice.message}{' '}
          {notice.href && (
            <Link href={notice.href} className="font-medium underline">
              Open it
            </Link>
          )}
        </p>
      )}

      {problem !== null || result === null ? (
        <p role="alert" className="text-sm text-rose-800">
          This search cannot be read: {problem}{' '}
          <Link href="/" className="underline">
            Clear search
          </Link>
        </p>
      ) : result.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {q ? (
            <>
              <p className="font-medium text-slate-800">No flows match “{q}”.</p>
              <Link href="/" className="mt-2 inline-block text-blue-800 underline">
                Clear search
              </Link>
            </>
          ) : (
            <p>
              No flows yet. Create one with <strong>New flow</strong>, or import a flow document with <strong>Import JSON</strong>.
            </p>
          )}
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-600" aria-live="polite">
            {result.total} flow{result.total === 1 ? '' : 's'}
            {q ? ` matching “${q}”` : ''} · page {result.page} of {result.pages}
          </p>
          <FlowTable flows={result.flows} busy={busy} onAction={onAction} />
          <Pager page={result.page} pages={result.pages} href={(page) => flowsHref(q, page)} />
        </>
      )}

      <NewFlowDialog open={creating} onClose={() => setCreating(false)} />
      <RenameFlowDialog
        flow={renaming}
        onClose={() => setRenaming(null)}
        onRenamed={(name) => {
          setRenaming(null);
          setNotice({ kind: 'done', message: `Renamed to “${name}”.` });
          refresh();
        }}
      />
      <DeleteFlowDialog
        flow={deleting}
        onClose={() => setDeleting(null)}
        returnFocusTo={() => search.current}
        onDeleted={() => {
          setNotice({ kind: 'done', message: `Deleted “${deleting?.name ?? 'the flow'}”.` });
          setDeleting(null);
          refresh();
        }}
      />
    </div>
  );
}
