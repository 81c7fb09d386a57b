'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition, type ReactNode } from 'react';
import { Pager } from '@/components/ui/pager';
import { SearchBox } from '@/components/ui/search-box';
import type { PromptSummary } from '@/lib/server/prompts/prompt-summary';
import type { PromptsPage } from '@/lib/server/prompts/list-prompts';
import { DeletePromptDialog, FlowLinks, type DeletedPrompt } from './delete-prompt-dialog';
import { PromptTable, type PromptAction } from './prompt-table';
import { promptsHref } from './prompts-href';
import { RenamePromptDialog } from './rename-prompt-dialog';
import { UploadRecordings } from './upload-recordings';

/**
 * The prompt library page: upload, search, listen, rename, delete. The server page lists
 * (`q` and `page` in the URL); a change re-renders it with `router.refresh()`.
 */
export function PromptsView({ q, result, problem }: { q: string; result: PromptsPage | null; problem: string | null }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [renaming, setRenaming] = useState<PromptSummary | null>(null);
  const [deleting, setDeleting] = useState<PromptSummary | null>(null);
  const [notice, setNotice] = useState<ReactNode>(null);
  const search = useRef<HTMLInputElement>(null);
  const refresh = () => startRefresh(() => router.refresh());
  const searchFor = (text: string) => startRefresh(() => router.replace(promptsHref(text), { scroll: false }));

  const onAction = (action: PromptAction, prompt: PromptSummary) => {
    setNotice(null);
    if (action === 'rename') setRenaming(prompt);
    else setDeleting(prompt);
  };

  const onDeleted = (deleted: DeletedPrompt) => {
    setDeleting(null);
    setNotice(
      deleted.drafts.length > 0 ? (
        <>
          Deleted “{deleted.name}”. These drafts played it and need another recording:
          <FlowLinks flows={deleted.drafts} />
        </>
      ) : (
        `Deleted “${deleted.name}”.`
      ),
    );
    refresh();
  };

  return (
    <div className="space-y-4">
      <UploadRecordings onUploaded={refresh} />
      <div className="flex flex-wrap items-end gap-3">
        <SearchBox ref={search} q={q} onSearch={searchFor} label="Search recordings" placeholder="Name" />
        {refreshing && (
          <span role="status" className="ml-auto text-xs text-slate-500">
            Updating…
          </span>
        )}
      </div>
      {notice && (
        <div role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {notice}
        </div>
      )}
      {problem !== null || result === null ? (
        <p role="alert" className="text-sm text-rose-800">
          This search cannot be read: {problem}{' '}
          <Link href="/prompts" className="underline">
            Clear search
          </Link>
        </p>
      ) : result.total === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          {q ? (
            <>
              <p className="font-medium text-slate-800">No recordings match “{q}”.</p>
              <Link href="/prompts" className="mt-2 inline-block text-blue-800 underline">
                Clear search
              </Link>
            </>
          ) : (
            <p>No recordings yet. Upload an .mp3 or .wav above; Play file steps can then pick it from the library.</p>
          )}
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-600" aria-live="polite">
            {result.total} recording{result.total === 1 ? '' : 's'}
            {q ? ` matching “${q}”` : ''} · page {result.page} of {result.pages}
          </p>
          <PromptTable prompts={result.prompts} onAction={onAction} />
          <Pager page={result.page} pages={result.pages} href={(page) => promptsHref(q, page)} />
        </>
      )}
      <RenamePromptDialog
        prompt={renaming}
        onClose={() => setRenaming(null)}
        onRenamed={(name) => {
          setRenaming(null);
          setNotice(`Renamed to “${name}”. Flows keep playing it.`);
          refresh();
        }}
      />
      <DeletePromptDialog prompt={deleting} onClose={() => setDeleting(null)} onDeleted={onDeleted} returnFocusTo={() => search.current} />
    </div>
  );
}
