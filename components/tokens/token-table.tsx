'use client';

import { formatWhen } from '@/components/auth/format-when';
import { isRole, roleName } from '@/lib/auth/permissions';
import type { ListedApiToken } from '@/lib/server/tokens/list-api-tokens';
import { Button } from '@/components/ui/button';
import { Table, type Column } from '@/components/ui/table';

function stateOf(token: ListedApiToken): { label: string; style: string } {
  if (token.revoked) return { label: `Revoked ${formatWhen(token.revokedAt)}`, style: 'bg-slate-200 text-slate-700' };
  if (token.expired) return { label: 'Expired', style: 'bg-amber-100 text-amber-900' };
  return { label: 'Active', style: 'bg-emerald-100 text-emerald-800' };
}

/** Every token: how to recognise it (name, prefix), what it may do, and when it was last used. */
export function TokenTable({ tokens, onRevoke }: { tokens: ListedApiToken[]; onRevoke: (token: ListedApiToken) => void }) {
  if (tokens.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
        No API tokens yet. Create one for a script or another system to call this app&apos;s API.
      </p>
    );
  }
  const columns: Array<Column<ListedApiToken>> = [
    { header: 'Name', className: 'font-medium', cell: (token) => token.name },
    { header: 'Token', className: 'font-mono text-xs', cell: (token) => `${token.prefix}…` },
    { header: 'Role', cell: (token) => (isRole(token.role) ? roleName(token.role) : token.role) },
    {
      header: 'Created (UTC)',
      className: 'text-slate-600',
      cell: (token) => (
        <>
          <span className="whitespace-nowrap">{formatWhen(token.createdAt)}</span>
          <span className="block text-xs">by {token.createdBy}</span>
        </>
      ),
    },
    { header: 'Expires (UTC)', className: 'whitespace-nowrap text-slate-600', cell: (token) => (token.expiresAt ? formatWhen(token.expiresAt) : 'Never') },
    { header: 'Last used (UTC)', className: 'whitespace-nowrap text-slate-600', cell: (token) => (token.lastUsedAt ? formatWhen(token.lastUsedAt) : 'Never') },
    {
      header: 'Status',
      cell: (token) => {
        const state = stateOf(token);
        return <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs ${state.style}`}>{state.label}</span>;
      },
    },
    {
      header: 'Actions',
      hideHeader: true,
      align: 'right',
      cell: (token) =>
        !token.revoked && (
          <Button variant="small" className="text-rose-800" aria-label={`Revoke ${token.name}`} aria-haspopup="dialog" onClick={() => onRevoke(token)}>
            Revoke
          </Button>
        ),
    },
  ];
  return <Table caption="API tokens" columns={columns} rows={tokens} rowKey={(token) => token.id} />;
}
