'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { can, deniedReason, type Permission, type Role } from '@/lib/auth/permissions';

export type ViewerIdentity = { label: string; role: Role; type: 'user' | 'token' };

const ActorContext = createContext<ViewerIdentity | null>(null);

/** Gives client components the signed-in person's role, to show what they cannot do. */
export function ActorProvider({ actor, children }: { actor: ViewerIdentity | null; children: ReactNode }) {
  return <ActorContext.Provider value={actor}>{children}</ActorContext.Provider>;
}

export type Allowance = { allowed: true; reason: null } | { allowed: false; reason: string };

/** Whether the signed-in role holds a permission, and if not, why (for a disabled control's title). */
export function useCan(permission: Permission): Allowance {
  const actor = useContext(ActorContext);
  if (actor && can(actor.role, permission)) return { allowed: true, reason: null };
  return { allowed: false, reason: deniedReason(permission) };
}

export function useActor(): ViewerIdentity | null {
  return useContext(ActorContext);
}
