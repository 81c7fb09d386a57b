'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { roleName, type Role } from '@/lib/auth/permissions';
import { Button } from '@/components/ui/button';

/** The signed-in person, their role, their account page and sign-out. */
export function UserMenu({ label, role }: { label: string; role: Role }) {
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  const signOut = async () => {
    setBusy(true);
    await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).catch(() => undefined);
    router.replace('/sign-in');
    router.refresh();
  };
  return (
    <div className="flex items-center gap-3 text-sm">
      <Link href="/account" className="text-slate-700 hover:text-slate-900" title="Your account: password and sessions">
        {label} <span className="text-xs text-slate-500">({roleName(role)})</span>
      </Link>
      <Button variant="small" onClick={() => void signOut()} disabled={busy}>
        Sign out
      </Button>
    </div>
  );
}
