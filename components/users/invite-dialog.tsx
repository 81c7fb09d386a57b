'use client';

import { useState, type FormEvent } from 'react';
import { CopyButton } from '@/components/auth/copy-button';
import { formatWhen } from '@/components/auth/format-when';
import { RoleChoice } from '@/components/auth/role-choice';
import { isRole, roleName, type Role } from '@/lib/auth/permissions';
import { callApi } from '@/lib/http/call-api';
import type { CreatedInvite } from '@/lib/server/users/invite-user';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage, Field, controlStyle } from '@/components/ui/field';

type Created = Pick<CreatedInvite, 'email' | 'role' | 'url'> & { expiresAt: string };

/** Makes an invitation link for an email and a role, and shows the link once, to copy. */
export function InviteDialog({ open, onClose, onInvited }: { open: boolean; onClose: () => void; onInvited: () => void }) {
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <Dialog
      open={open}
      onClose={() => {
        setCreated(null);
        onClose();
      }}
      title={created ? 'Send this link' : 'Invite someone'}
      description={created ? null : 'They get an account with this role when they open the link and choose a password.'}
    >
      {created ? (
        <CreatedLink invite={created} onDone={onClose} />
      ) : (
        <InviteForm
          onCancel={onClose}
          onCreated={(invite) => {
            setCreated(invite);
            onInvited();
          }}
        />
      )}
    </Dialog>
  );
}

function InviteForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (invite: Created) => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [days, setDays] = useState('7');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await callApi<Created>('/api/invites', { method: 'POST', body: { email, role, expiresInDays: Number(days) } });
    setBusy(false);
    if (result.ok) onCreated(result.data);
    else setError(result.message);
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="space-y-4">
      <Field label="Email">
        {({ id, describedBy }) => (
          <input id={id} aria-describedby={describedBy} type="email" required maxLength={254} data-autofocus value={email} onChange={(e) => setEmail(e.target.value)} className={`${controlStyle} w-full`} />
        )}
      </Field>
      <RoleChoice value={role} onChange={setRole} />
      <Field label="Link works for (days)" hint="1 to 30 days; after that, invite them again">
        {({ id, describedBy }) => (
          <input id={id} aria-describedby={describedBy} type="number" required min={1} max={30} step={1} value={days} onChange={(e) => setDays(e.target.value)} className={`${controlStyle} w-24`} />
        )}
      </Field>
      <ErrorMessage message={error} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={busy} aria-busy={busy}>
          {busy ? 'Creating…' : 'Create invitation link'}
        </Button>
      </div>
    </form>
  );
}

function CreatedLink({ invite, onDone }: { invite: Created; onDone: () => void }) {
  return (
    <div className="space-y-4 text-sm">
      <p>
        Send this link to <strong>{invite.email}</strong> (role: {isRole(invite.role) ? roleName(invite.role) : invite.role}). It is shown only now,
        works once, and expires {formatWhen(invite.expiresAt)} UTC.
      </p>
      <Field label="Invitation link">
        {({ id, describedBy }) => (
          <input id={id} aria-describedby={describedBy} readOnly value={invite.url} onFocus={(e) => e.target.select()} className={`${controlStyle} w-full font-mono text-xs`} />
        )}
      </Field>
      <div className="flex items-center justify-between gap-2">
        <CopyButton text={invite.url} label="Copy invitation link" />
        <Button variant="primary" onClick={onDone} data-autofocus>
          Done
        </Button>
      </div>
    </div>
  );
}
