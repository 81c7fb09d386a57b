'use client';

import { useState, type FormEvent } from 'react';
import { formatWhen } from '@/components/auth/format-when';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { controlStyle, ErrorMessage, Field } from '@/components/ui/field';
import { Table } from '@/components/ui/table';
import { variableNamePattern } from '@/lib/flow/template-text';
import { callApi } from '@/lib/http/call-api';
import type { DataDipSettings } from './settings-types';

type Props = { settings: DataDipSettings; onChanged: (settings: DataDipSettings) => void };

/** Named secrets: added or replaced by writing a value, deleted; a value goes to the server and never comes back. */
export function DataDipSecrets({ settings, onChanged }: Props) {
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const trimmed = name.trim();
  const nameProblem = trimmed && !variableNamePattern.test(trimmed) ? 'Letters, digits and _, not starting with a digit, at most 32' : null;
  const exists = settings.secrets.some((s) => s.name === trimmed);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(null);
    if (nameProblem) return setError(`Name: ${nameProblem}`);
    setBusy(true);
    const result = await callApi<DataDipSettings>(`/api/settings/data-dips/secrets/${encodeURIComponent(trimmed)}`, { method: 'PUT', body: { value } });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setValue('');
    setName('');
    setDone(`${exists ? 'Replaced' : 'Saved'} the secret ${trimmed}.`);
    onChanged(result.data);
  };

  return (
    <div className="space-y-3">
      <h3 className="font-semibold">Secrets</h3>
      {settings.unreadable.length > 0 && (
        <ErrorMessage message={`The secrets ${settings.unreadable.join(', ')} cannot be decrypted with the current SECRETS_KEY: save their values again.`} />
      )}
      <Table
        caption="Data dip secrets"
        variant="plain"
        empty="No secrets yet."
        rows={settings.secrets}
        rowKey={(s) => s.name}
        columns={[
          { header: 'Name', rowHeader: true, className: 'font-mono', cell: (s) => `{{secrets.${s.name}}}` },
          { header: 'Set (UTC)', cell: (s) => formatWhen(s.updatedAt) },
          {
            header: 'Actions',
            hideHeader: true,
            align: 'right',
            cell: (s) => (
              <span className="flex justify-end gap-2">
                <Button variant="small" onClick={() => setName(s.name)} aria-label={`Replace ${s.name}`}>
                  Replace
                </Button>
                <Button variant="small" onClick={() => setDeleting(s.name)} aria-label={`Delete ${s.name}`}>
                  Delete
                </Button>
              </span>
            ),
          },
        ]}
      />
      <form onSubmit={save} className="flex flex-wrap items-start gap-4" aria-label="Add or replace a secret">
        <Field label="Name" hint="e.g. CRM_API_KEY" problem={nameProblem}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name="secretName"
              value={name}
              onChange={(event) => setName(event.target.value)}
              required
              autoComplete="off"
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={`${controlStyle} w-56 font-mono`}
            />
          )}
        </Field>
        <Field label="Value" hint={exists ? 'Replaces the stored value' : 'Stored encrypted, never shown again'}>
          {({ id, describedBy }) => (
            <input
              id={id}
              name="secretValue"
              type="password"
              value={value}
              onChange={(event) => setValue(event.target.value)}
              required
              autoComplete="new-password"
              aria-describedby={describedBy}
              className={`${controlStyle} w-72`}
            />
          )}
        </Field>
        <Button variant="primary" type="submit" disabled={busy} className="mt-6">
          {busy ? 'Saving…' : exists ? 'Replace secret' : 'Add secret'}
        </Button>
      </form>
      <ErrorMessage message={error} />
      {done && (
        <p role="status" className="text-sm text-emerald-900">
          {done}
        </p>
      )}
      <DeleteSecretDialog
        name={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(next, deleted) => {
          setDeleting(null);
          setDone(`Deleted the secret ${deleted}.`);
          onChanged(next);
        }}
      />
    </div>
  );
}

function DeleteSecretDialog({ name, onClose, onDeleted }: { name: string | null; onClose: () => void; onDeleted: (settings: DataDipSettings, name: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async (target: string) => {
    setBusy(true);
    setError(null);
    const result = await callApi<DataDipSettings>(`/api/settings/data-dips/secrets/${encodeURIComponent(target)}`, { method: 'DELETE' });
    setBusy(false);
    if (result.ok) onDeleted(result.data, target);
    else setError(result.message);
  };
  return (
    <Dialog
      open={name !== null}
      onClose={onClose}
      title={name ? `Delete the secret ${name}?` : 'Delete secret'}
      description="HTTP request steps that use it fail from their next call until a secret of that name is saved again."
    >
      <ErrorMessage message={error} />
      <div className="flex justify-end gap-2">
        <Button onClick={onClose} data-autofocus>
          Cancel
        </Button>
        <Button variant="danger" onClick={() => name && void remove(name)} disabled={busy} aria-busy={busy}>
          {busy ? 'Deleting…' : 'Delete secret'}
        </Button>
      </div>
    </Dialog>
  );
}
