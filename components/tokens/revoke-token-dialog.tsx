'use client';

import { useState } from 'react';
import { callApi } from '@/lib/http/call-api';
import type { ListedApiToken } from '@/lib/server/tokens/list-api-tokens';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorMessage } from '@/components/ui/field';

/** Confirms revoking a token: whatever uses it is refused from its next request. */
export function RevokeTokenDialog({ token, onClose, onRevoked }: { token: ListedApiToken | null; onClose: () => void; onRevoked: (name: string) => void }) {
  return (
    <Dialog
      open={token !== null}
      onClose={onClose}
      title={token ? `Revoke “${token.name}”?` : 'Revoke token'}
      description="Every script or system using it is refused from its next request. This cannot be undone: make a new token instead."
    >
      {token && <Confirm key={token.id} token={token} onCancel={onClose} onRevoked={onRevoked} />}
    </Dialog>
  );
}

function Confirm({ token, onCancel, onRevoked }: { token: ListedApiToken; onCancel: () => void; onRevoked: (name: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revoke = async () => {
    setBusy(true);
    setError(null);
    const result = await callApi(`/api/tokens/${encodeURIComponent(token.id)}`, { method: 'DELETE' });
    setBusy(false);
    if (result.ok) onRevoked(token.name);
    else setError(result.message);
  };
  return (
    <div className="space-y-4">
      <ErrorMessage message={error} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} data-autofocus>
          Cancel
        </Button>
        <Button variant="danger" onClick={() => void revoke()} disabled={busy} aria-busy={busy}>
          {busy ? 'Revoking…' : 'Revoke token'}
        </Button>
      </div>
    </div>
  );
}
