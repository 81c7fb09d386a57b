'use client';

import { useEffect, useState } from 'react';
import { callApi } from '@/lib/http/call-api';
import type { AccountNumbers } from '@/lib/server/voice/list-account-numbers';

export type AccountNumbersState = { status: 'loading' } | ({ status: 'ready' } & AccountNumbers) | { status: 'error'; message: string };

/** The caller ids the account owns (GET /api/account/numbers), loaded once per page. */
export function useAccountNumbers(): AccountNumbersState {
  const [state, setState] = useState<AccountNumbersState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void callApi<AccountNumbers>('/api/account/numbers').then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', ...result.data } : { status: 'error', message: result.message });
    });
    return () => {
      current = false;
    };
  }, []);
  return state;
}
