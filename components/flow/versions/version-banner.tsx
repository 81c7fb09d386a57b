'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { Button } from '@/components/ui/button';
import { RestoreVersionDialog } from './restore-version-dialog';

/** Floats over the read-only designer of a published version. */
export function VersionBanner({ flowId, version, draftRevision }: { flowId: string; version: number; draftRevision: number }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const restore = useCan('flows.publish');
  return (
    <section
      aria-label={`Version ${version}, read only`}
      className="fixed bottom-6 left-1/2 z-20 flex -translate-x-1/2 items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-sm shadow-lg"
    >
      <span className="font-semibold text-amber-900">Version {version} (read only)</span>
      <span aria-hidden="true">—</span>
      <Button variant="primary" aria-haspopup="dialog" deniedReason={restore.reason} onClick={() => setConfirming(true)}>
        Restore as draft
      </Button>
      <Link href={`/flows/${flowId}`} className="text-blue-800 underline">
        Back to the draft
      </Link>
      <RestoreVersionDialog
        flowId={flowId}
        version={confirming ? version : null}
        revision={async () => draftRevision}
        onClose={() => setConfirming(false)}
        onRestored={() => router.push(`/flows/${flowId}`)}
      />
    </section>
  );
}
