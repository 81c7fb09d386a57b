'use client';

import { formatWhen } from '@/components/auth/format-when';
import { isRole, roleName } from '@/lib/auth/permissions';
import type { ListedApiToken } from '@/lib/server/tokens/list-api-tokens';
import { buttonStyles } from '@/components/ui/button';

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
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" aria-label="API tokens">
        <thead className="bg-slate-100 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Name</th>
            <th scope="col" className="px-4 py-2 font-medium">Token</th>
            <th scope="col" className="px-4 py-2 font-medium">Role</th>
            <th scope="col" className="px-4 py-2 font-medium">Created (UTC)</th>
            <th scope="col" className="px-4 py-2 font-medium">Expires (UTC)</th>
            <th scope="col" className="px-4 py-2 font-medium">Last used (UTC)</th>
            <th scope="col" className="px-4 py-2 font-medium">Status</th>
            <th scope="col" className="px-4 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((token) => {
            const state = stateOf(token);
            return (
              <tr key={token.id}>
                <td className="px-4 py-2 font-medium">{token.name}</td>
                <td className="px-4 py-2 font-mono text-xs">{token.prefix}…</td>
                <td className="px-4 py-2">{isRole(token.role) ? roleName(token.role) : token.role}</td>
                <td className="px-4 py-2 text-slate-600">
                  <span className="whitespace-nowrap">{formatWhen(token.createdAt)}</span>
                  <span className="block text-xs">by {token.createdBy}</span>
                </td>
                <td className="whitespace-nowrap px-4 py-2 text-slate-600">{token.expiresAt ? formatWhen(token.expiresAt) : 'Never'}</td>
                <td className="whitespace-nowrap px-4 py-2 text-slate-600">{token.lastUsedAt ? formatWhen(token.lastUsedAt) : 'Never'}</td>
                <td className="px-4 py-2">
                  <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs ${state.style}`}>{state.label}</span>
                </td>
                <td className="px-4 py-2 text-right">
                  {!token.revoked && (
                    <button
                      type="button"
                      className={`${buttonStyles.small} text-rose-800`}
                      aria-label={`Revoke ${token.name}`}
                      aria-haspopup="dialog"
                      onClick={() => onRevoke(token)}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
