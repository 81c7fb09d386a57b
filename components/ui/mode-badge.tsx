'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';

/** "Sandbox" in the header whenever calls go to the built-in sandbox instead of 8x8. */
export function ModeBadge() {
  const [mode, setMode] = useState<'live' | 'sandbox' | null>(null);
  useEffect(() => {
    let current = true;
    fetch('/api/settings')
      .then((response) => (response.ok ? (response.json() as Promise<{ mode: 'live' | 'sandbox' }>) : null))
      .then((status) => current && status && setMode(status.mode))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  if (mode !== 'sandbox') return null;
  return (
    <Link
      href="/settings"
      title="No 8x8 credentials are set: calls go to the built-in sandbox and no phone rings. Connect 8x8 on the setup page."
      className="ml-auto rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-950 hover:bg-amber-200"
    >
      Sandbox
    </Link>
  );
}
