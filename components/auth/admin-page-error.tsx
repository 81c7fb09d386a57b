'use client';

import { Button } from '@/components/ui/button';

/** What an admin page shows when its data cannot be read (the database is down, say): the cause is in the server log. */
export function AdminPageError({ what, reset }: { what: string; reset: () => void }) {
  return (
    <section className="mx-auto max-w-6xl space-y-3 px-6 py-8">
      <p role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
        {what} cannot be loaded right now; the details are in the server log.
      </p>
      <Button variant="secondary" onClick={reset}>
        Try again
      </Button>
    </section>
  );
}
