'use client';

import { useCan } from '@/components/auth/actor-context';
import { CopyButton } from '@/components/auth/copy-button';
import { Button } from '@/components/ui/button';
import { Table, type Column } from '@/components/ui/table';
import type { PromptSummary } from '@/lib/server/prompts/prompt-summary';
import { formatSize } from './format-size';

export type PromptAction = 'rename' | 'delete';

const uploadedAt = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The library: each recording with a player (the browser fetches its public URL), its details and actions. */
export function PromptTable({ prompts, onAction }: { prompts: PromptSummary[]; onAction: (action: PromptAction, prompt: PromptSummary) => void }) {
  const edit = useCan('prompts.edit');
  const remove = useCan('prompts.delete');
  const columns: Column<PromptSummary>[] = [
    {
      header: 'Name',
      rowHeader: true,
      cell: (p) => (
        <>
          <span className="font-medium text-slate-900">{p.name}</span>
          <span className="block text-xs text-slate-600">
            {p.format} · {formatSize(p.size)}
          </span>
        </>
      ),
    },
    {
      header: 'Listen',
      // preload="none": a page of players fetches nothing until one is played.
      cell: (p) => <audio controls preload="none" src={p.path} aria-label={`Play “${p.name}”`} className="h-9 w-64" />,
    },
    {
      header: 'Uploaded',
      className: 'whitespace-nowrap',
      cell: (p) => (
        <>
          <time dateTime={p.uploadedAt}>{uploadedAt.format(new Date(p.uploadedAt))}</time>
          <span className="block text-xs text-slate-600">{p.uploadedBy}</span>
        </>
      ),
    },
    {
      header: 'Address 8x8 plays',
      cell: (p) => (
        <span className="flex items-center gap-2">
          <code className="max-w-48 truncate text-xs" title={p.url}>
            …/{p.sha256.slice(0, 10)}….{p.path.split('.').pop()}
          </code>
          <CopyButton text={p.url} label={`Copy the address of “${p.name}”`} />
        </span>
      ),
    },
    {
      header: 'Actions',
      hideHeader: true,
      align: 'right',
      className: 'whitespace-nowrap',
      cell: (p) => (
        <span className="inline-flex gap-2">
          <Button variant="small" aria-haspopup="dialog" deniedReason={edit.reason} aria-label={`Rename “${p.name}”`} onClick={() => onAction('rename', p)}>
            Rename
          </Button>
          <Button variant="small" aria-haspopup="dialog" deniedReason={remove.reason} aria-label={`Delete “${p.name}”`} onClick={() => onAction('delete', p)}>
            Delete
          </Button>
        </span>
      ),
    },
  ];
  return <Table caption="Recordings" columns={columns} rows={prompts} rowKey={(p) => p.id} />;
}
