'use client';

import { useState } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { Button } from '@/components/ui/button';
import { callApi } from '@/lib/http/call-api';
import type { TestCase } from '@/lib/server/flow-tests/test-case-row';

/** One click: the call so far becomes a test case expecting what happened on it (Tests tab). */
export function RecordTestCase({ flowId, sessionId, onRecorded }: { flowId: string; sessionId: string; onRecorded: () => void }) {
  const edit = useCan('flows.edit');
  const [state, setState] = useState<{ busy: boolean; ok?: boolean; message?: string }>({ busy: false });

  const record = async () => {
    setState({ busy: true });
    const name = `Test call ${new Date().toLocaleString()}`;
    const result = await callApi<TestCase>(`/api/flows/${flowId}/tests/record`, { method: 'POST', body: { name, sessionId } });
    if (result.ok) {
      setState({ busy: false, ok: true, message: `Saved as test case “${result.data.name}” (see the Tests tab).` });
      onRecorded();
    } else {
      setState({ busy: false, ok: false, message: result.message });
    }
  };

  return (
    <div className="mt-2 space-y-1">
      <Button onClick={() => void record()} disabled={state.busy || state.ok === true} deniedReason={edit.reason}>
        {state.busy ? 'Saving…' : 'Save as test case'}
      </Button>
      {state.message && (
        <p role="status" className={`text-xs ${state.ok ? 'text-emerald-800' : 'text-rose-800'}`}>
          {state.message}
        </p>
      )}
    </div>
  );
}
