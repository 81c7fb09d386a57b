'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ListedApiToken } from '@/lib/server/tokens/list-api-tokens';
import { CreateTokenDialog } from './create-token-dialog';
import { RevokeTokenDialog } from './revoke-token-dialog';
import { TokenTable } from './token-table';
import { Button } from '@/components/ui/button';

/** The API tokens page: create (shown once), list with last use, revoke. */
export function TokensView({ tokens, truncated }: { tokens: ListedApiToken[]; truncated: boolean }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ListedApiToken | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => startRefresh(() => router.refresh());

  return (
    <div className="space-y-4">
      <div className="flex items-center gap-3">
        {refreshing && (
          <span role="status" className="text-xs text-slate-500">
            Updating…
          </span>
        )}
        <Button
          variant="primary"
          className="ml-auto"
          aria-haspopup="dialog"
          onClick={() => {
            setNotice(null);
            setCreating(true);
          }}
        >
          New token
        </Button>
      </div>
      {notice && (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {notice}
        </p>
      )}
      <TokenTable
        tokens={tokens}
        onRevoke={(token) => {
          setNotice(null);
          setRevoking(token);
        }}
      />
      {truncated && <p className="text-sm text-slate-600">Only the newest {tokens.length} tokens are listed.</p>}
      <CreateTokenDialog open={creating} onClose={() => setCreating(false)} onCreated={refresh} />
      <RevokeTokenDialog
        token={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(name) => {
          setRevoking(null);
          setNotice(`“${name}” is revoked: its next request is refused.`);
          refresh();
        }}
      />
    </div>
  );
}
