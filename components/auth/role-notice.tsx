'use client';

import type { Permission } from '@/lib/auth/permissions';
import { useCan } from './actor-context';

/**
 * The visible line beside controls a role may not use ("Needs the Editor role or higher to
 * create or change flows."): tooltips do not show on touch screens. Nothing when allowed.
 */
export function RoleNotice({ permission, to, className = 'text-xs text-slate-600' }: { permission: Permission; to: string; className?: string }) {
  const { allowed, reason } = useCan(permission);
  if (allowed) return null;
  return (
    <p className={className}>
      {reason} {to}.
    </p>
  );
}
