'use client';

import { useState } from 'react';
import { PhoneView } from '@/components/phone/phone-view';
import { testPhoneNumber, useSandboxCall } from '@/components/phone/use-sandbox-call';
import { useFlowDetail } from '../use-flow-detail';
import { RecordTestCase } from './record-test-case';
import { useFlowActions, useFlowStore } from '../store/flow-store-context';

/**
 * The designer's test phone: calls one of the flow's numbers through the sandbox
 * and lights up the step the call is at.
 */
export function TestCallPanel({ onClose, onRecorded }: { onClose: () => void; onRecorded: () => void }) {
  const flowId = useFlowStore((s) => s.flowId);
  const actions = useFlowActions();
  const { state: detail } = useFlowDetail(flowId, 0);
  const [speakPrompts, setSpeakPrompts] = useState(true);
  const call = useSandboxCall({ speakPrompts, onWaitingNode: actions.setLiveNode });
  const [number, setNumber] = useState('');
  const live = call.state.phase === 'live';

  const flow = detail.status === 'ready' ? detail.flow : null;
  const numbers = flow?.numbers.map((n) => n.number) ?? [];
  const chosen = number || numbers[0] || '';

  return (
    <div className="absolute right-3 bottom-3 z-10 flex max-h-[80%] w-80 flex-col rounded-lg border border-slate-300 bg-white shadow-xl">
      <header className="flex items-center justify-between border-b border-slate-200 px-3 py-2">
        <h2 className="font-semibold">Test call</h2>
        <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">Sandbox</span>
        <button type="button" onClick={onClose} className="rounded px-2 text-sm text-slate-700 hover:bg-slate-100" aria-label="Close the test phone">
          ✕
        </button>
      </header>
      <div className="overflow-y-auto p-3">
        <PhoneView call={call} label="Test call" speakPrompts={speakPrompts} onSpeakPromptsChange={setSpeakPrompts}>
          {detail.status === 'loading' && <p>Loading the flow’s numbers…</p>}
          {detail.status === 'error' && <p role="alert">{detail.message}</p>}
          {flow && !flow.publishedVersion && <p role="alert">Publish the flow first: test calls run the published version.</p>}
          {flow?.publishedVersion && numbers.length === 0 && <p role="alert">Route a number to this flow first (the Numbers tab).</p>}
          {flow?.publishedVersion && numbers.length > 0 && (
            <>
              <p className="text-xs text-slate-600">
                Calls version {flow.publishedVersion.version} from {testPhoneNumber}. Unpublished changes are not in the call.
              </p>
              <div className="flex items-end gap-2">
                <label className="flex-1">
                  <span className="block text-xs font-medium">Number to call</span>
                  <select value={chosen} onChange={(e) => setNumber(e.target.value)} disabled={live} className="w-full rounded border border-slate-300 px-1 py-1">
                    {numbers.map((n) => (
                      <option key={n}>{n}</option>
                    ))}
                  </select>
                </label>
                {!live && (
                  <button
                    type="button"
                    onClick={() => void call.callNumber(chosen)}
                    disabled={call.state.phase === 'dialing'}
                    className="rounded bg-emerald-700 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
                  >
                    {call.state.phase === 'dialing' ? 'Dialing…' : 'Call'}
                  </button>
                )}
              </div>
            </>
          )}
          {(call.state.phase === 'live' || call.state.phase === 'ended') && (
            <RecordTestCase flowId={flowId} sessionId={call.state.sessionId} onRecorded={onRecorded} />
          )}
        </PhoneView>
      </div>
    </div>
  );
}
