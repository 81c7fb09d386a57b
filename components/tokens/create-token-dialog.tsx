'use client';

import { useState, type FormEvent } from 'react';
import { CopyButton } from '@/components/auth/copy-button';
import { RoleChoice } from '@/components/auth/role-choice';
import type { Role } from '@/lib/auth/permissions';
import { callApi } from '@/lib/http/call-api';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage, Field, controlStyle } from '@/components/ui/field';

type Created = { name: string; token: string };

/** Makes a named token with a role and an optional expiry, and shows it once with a curl example. */
export function CreateTokenDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => void }) {
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <Dialog
      open={open}
      onClose={() => {
        setCreated(null);
        onClose();
      }}
      title={created ? `Copy the token “${created.name}” now` : 'New API token'}
      description={created ? null : 'A script or another system sends it as Authorization: Bearer <token> and can do what its role allows.'}
    >
      {created ? (
        <CreatedToken created={created} onDone={onClose} />
      ) : (
        <TokenForm
          onCancel={onClose}
          onCreated={(token) => {
            setCreated(token);
            onCreated();
          }}
        />
      )}
    </Dialog>
  );
}

function TokenForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (created: Created) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [days, setDays] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const expiresInDays = days.trim() === '' ? null : Number(days);
    const result = await callApi<Created>('/api/tokens', { method: 'POST', body: { name, role, expiresInDays } });
    setBusy(false);
    if (result.ok) onCreated(result.data);
    else setError(result.message);
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-4">
      <Field label="Name" hint="What uses it, e.g. “Nightly export” or “CRM callbacks”">
        {({ id, describedBy }) => (
          <input id={id} aria-describedby={describedBy} required maxLength={100} data-autofocus value={name} onChange={(e) => setName(e.target.value)} className={`${controlStyle} w-full`} />
        )}
      </Field>
      <RoleChoice value={role} onChange={setRole} />
      <Field label="Expires after (days)" hint="Leave empty for a token that works until it is revoked">
        {({ id, describedBy }) => (
          <input id={id} aria-describedby={describedBy} type="number" min={1} max={3650} step={1} value={days} onChange={(e) => setDays(e.target.value)} className={`${controlStyle} w-28`} />
        )}
      </Field>
      <ErrorMessage message={error} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>
          {busy ? 'Creating…' : 'Create token'}
        </Button>
      </div>
    </form>
  );
}

function CreatedToken({ created, onDone }: { created: Created; onDone: () => void }) {
  const example = `curl -H "Authorization: Bearer ${created.token}" ${window.location.origin}/api/flows`;
  return (
    <div className="space-y-4 text-sm">
      <p>This is the only time the token is shown: only a hash of it is kept. If it is lost, revoke it and make another.</p>
      <Field label="API token">
        {({ id, describedBy }) => (
          <input id={id} aria-describedby={describedBy} readOnly value={created.token} onFocus={(e) => e.target.select()} className={`${controlStyle} w-full font-mono text-xs`} />
        )}
      </Field>
      <CopyButton text={created.token} label="Copy API token" />
      <div className="space-y-1">
        <p className="font-medium">Try it</p>
        <pre aria-label="Example request with curl" className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
          {example}
        </pre>
        <CopyButton text={example} label="Copy curl example" />
      </div>
      <div className="flex justify-end">
        <Button variant="primary" onClick={onDone} data-autofocus>
          Done
        </Button>
      </div>
    </div>
  );
}
