'use client';

import { useState } from 'react';
import { roleName } from '@/lib/auth/permissions';
import { callApi } from '@/lib/http/call-api';
import type { ListedUser } from '@/lib/server/users/list-users';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/field';

/** Confirms deactivating (signs them out at once) or reactivating a user. */
export function UserAccessDialog({ user, onClose, onDone }: { user: ListedUser | null; onClose: () => void; onDone: (message: string) => void }) {
  const deactivate = user?.active ?? false;
  return (
    <Dialog
      open={user !== null}
      onClose={onClose}
      title={user ? `${deactivate ? 'Deactivate' : 'Reactivate'} ${user.email}?` : 'Change access'}
      description={
        user &&
        (deactivate
          ? 'They are signed out everywhere at once and cannot sign in until an admin reactivates them. Their flows, versions and the call history stay.'
          : `They can sign in again with their password, as ${roleName(user.role)}.`)
      }
    >
      {user && <Confirm key={user.id} user={user} onCancel={onClose} onDone={onDone} />}
    </Dialog>
  );
}

function Confirm({ user, onCancel, onDone }: { user: ListedUser; onCancel: () => void; onDone: (message: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const verb = user.active ? 'Deactivate' : 'Reactivate';
  const submit = async () => {
    setBusy(true);
    setError(null);
    const result = await callApi(`/api/users/${encodeURIComponent(user.id)}`, { method: 'PATCH', body: { active: !user.active } });
    setBusy(false);
    if (result.ok) onDone(`${user.email} is ${user.active ? 'deactivated and signed out' : 'active again'}.`);
    else setError(result.message);
  };
  return (
    <div className="space-y-4">
      <ErrorMessage message={error} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} data-autofocus>
          Cancel
        </Button>
        <Button variant={user.active ? 'danger' : 'primary'} onClick={() => void submit()} disabled={busy} aria-busy={busy}>
          {busy ? `${verb.slice(0, -1)}ing…` : verb}
        </Button>
      </div>
    </div>
  );
}
