import Link from 'next/link';

/** "Sandbox" in the header whenever calls go to the built-in sandbox instead of 8x8. */
export function ModeBadge({ mode }: { mode: 'live' | 'sandbox' }) {
  if (mode !== 'sandbox') return null;
  return (
    <Link
      href="/settings"
      title="No 8x8 credentials are set: calls go to the built-in sandbox and no phone rings. Connect 8x8 on the setup page."
      className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-semibold text-amber-950 hover:bg-amber-200"
    >
      Sandbox
    </Link>
  );
}
