'use client';

import { AdminPageError } from '@/components/auth/admin-page-error';

export default function UsersError({ reset }: { reset: () => void }) {
  return <AdminPageError what="The users" reset={reset} />;
}
