'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';
import type { DraftUse, PromptUsage, PublishedUse } from '@/lib/server/prompts/prompt-usage';

type Target = { id: string; name: string };
export type DeletedPrompt = { id: string; name: string; drafts: DraftUse[] };

/**
 * Confirms a delete after asking which flows play the recording: while a published version
 * does, it cannot go (and the dialog says which); drafts that play it are named, since their
 * step will need another recording.
 */
export function DeletePromptDialog({
  prompt,
  onClose,
  onDeleted,
  returnFocusTo,
}: {
  prompt: Target | null;
  onClose: () => void;
  onDeleted: (deleted: DeletedPrompt) => void;
  returnFocusTo: () => HTMLElement | null;
}) {
  const [deleted, setDeleted] = useState(false);
  return (
    <Dialog
      open={prompt !== null}
      onClose={() => {
        setDeleted(false);
        onClose();
      }}
      returnFocusTo={() => (deleted ? returnFocusTo() : null)}
      title={prompt ? `Delete “${prompt.name}”?` : 'Delete recording'}
    >
      {prompt && (
        <Confirm
          key={prompt.id}
          prompt={prompt}
          onCancel={onClose}
          onDeleted={(result) => {
            setDeleted(true);
            onDeleted(result);
          }}
        />
      )}
    </Dialog>
  );
}

type Check = { state: 'loading' } | { state: 'ready'; usage: PromptUsage } | { state: 'failed'; message: string };

function Confirm({ prompt, onCancel, onDeleted }: { prompt: Target; onCancel: () => void; onDeleted: (deleted: DeletedPrompt) => void }) {
  const [check, setCheck] = useState<Check>({ state: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void callApi<{ usage: PromptUsage }>(`/api/prompts/${prompt.id}`).then((result) => {
      if (current) setCheck(result.ok ? { state: 'ready', usage: result.data.usage } : { state: 'failed', message: result.message });
    });
    return () => {
      current = false;
    };
  }, [prompt.id]);

  const remove = async () => {
    setBusy(true);
    setError(null);
    const result = await callApi<DeletedPrompt>(`/api/prompts/${prompt.id}`, { method: 'DELETE' });
    setBusy(false);
    if (result.ok) onDeleted(result.data);
    else if (result.status === 404) onDeleted({ id: prompt.id, name: prompt.name, drafts: [] });
    else setError(result.message);
  };

  const published = check.state === 'ready' ? check.usage.published : [];
  const drafts = check.state === 'ready' ? check.usage.drafts : [];
  return (
    <div className="space-y-4 text-sm text-slate-700">
      {check.state === 'loading' && <p role="status">Checking which flows play it…</p>}
      {check.state === 'failed' && <ErrorMessage message={check.message} />}
      {published.length > 0 && <PublishedUses uses={published} />}
      {check.state === 'ready' && published.length === 0 && (
        <>
          <p>The recording will be deleted for good, and its address will stop working.</p>
          {drafts.length > 0 ? (
            <div>
              <p>These drafts play it; their Play file step will need another recording before they can be published:</p>
              <FlowLinks flows={drafts} />
            </div>
          ) : (
            <p>No flow plays it.</p>
          )}
        </>
      )}
      <ErrorMessage message={error} />
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel} data-autofocus>
          {published.length > 0 ? 'Close' : 'Cancel'}
        </Button>
        {check.state !== 'loading' && published.length === 0 && (
          <Button variant="danger" onClick={() => void remove()} disabled={busy} aria-busy={busy}>
            {busy ? 'Deleting…' : 'Delete recording'}
          </Button>
        )}
      </div>
    </div>
  );
}

function PublishedUses({ uses }: { uses: PublishedUse[] }) {
  return (
    <div role="alert" className="space-y-2 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
      <p className="font-medium">It cannot be deleted: published versions play it.</p>
      <ul className="list-disc pl-5">
        {uses.map((use) => (
          <li key={use.flowId}>
            <Link href={`/flows/${use.flowId}`} className="underline">
              {use.flowName}
            </Link>{' '}
            {use.versions.map((v) => `v${v}`).join(', ')}
            {use.live ? ' (live)' : ''}
          </li>
        ))}
      </ul>
      <p>Published versions never change, and calls or a restore may still need them, so the recording stays while they exist.</p>
    </div>
  );
}

export function FlowLinks({ flows }: { flows: DraftUse[] }) {
  return (
    <ul className="list-disc pl-5">
      {flows.map((flow) => (
        <li key={flow.flowId}>
          <Link href={`/flows/${flow.flowId}`} className="underline">
            {flow.flowName}
          </Link>
        </li>
      ))}
    </ul>
  );
}
