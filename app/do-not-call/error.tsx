'use client';

import { AdminPageError } from '@/components/auth/admin-page-error';

export default function DoNotCallError({ reset }: { reset: () => void }) {
  return <AdminPageError what="The do-not-call list" reset={reset} />;
}
