'use client';

import { AdminPageError } from '@/components/auth/admin-page-error';

export default function TokensError({ reset }: { reset: () => void }) {
  return <AdminPageError what="The API tokens" reset={reset} />;
}
