'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useFlowDetail } from '../use-flow-detail';
import { useFlowStore } from '../store/flow-store-context';
import { DialPad } from './dial-pad';
import { describeEntry } from './transcript';
import { testPhoneNumber, useTestCall } from './use-test-call';

const whoStyle = { ivr: 'bg-sky-50 text-sky-900', you: 'bg-emerald-50 text-emerald-900 text-right', system: 'text-slate-600 italic' };

/**
 * The test phone: calls one of the flow's numbers through the sandbox (which POSTs
 * the real webhooks to this app), shows and speaks the prompts, sends key presses,
 * and lights up the step the call is at.
 */
export function TestCallPanel({ onClose }: { onClose: () => void }) {
  const flowId = useFlowStore((s) => s.flowId);
  const { state: detail } = useFlowDetail(flowId, 0);
  const [speakPrompts, setSpeakPrompts] = useState(true);
  const call = useTestCall({ speakPrompts });
  const [number, setNumber] = useState('');
  const log = useRef<HTMLOListElement>(null);
  const live = call.state.phase === 'live';

  const flow = detail.status === 'ready' ? detail.flow : null;
  const numbers = flow?.numbers.map((n) => n.number) ?? [];
  const chosen = number || numbers[0] || '';

  useEffect(() => {
    log.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [call.entries.length]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!live || !/^[0-9*#]$/.test(event.key) || (event.target as HTMLElement).tagName === 'SELECT') return;
    event.preventDefault();
    void call.press(event.key);
  };

  return (
    <section
      aria-label="Test call"
      onKeyDown={onKeyDown}
      className="absolute right-3 bottom-3 z-10 flex max-h-[80%] w-80 flex-col rounded-lg border border-slate-300 bg-white shadow-xl"
    >
      <header className="flex items-center justify-between border-b border-slate-200 px-3 py-2">
        <h2 className="font-semibold">Test call</h2>
        <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">Sandbox</span>
        <button type="button" onClick={onClose} className="rounded px-2 text-sm text-slate-700 hover:bg-slate-100" aria-label="Close the test phone">
          ✕
        </button>
      </header>
      <div className="space-y-2 overflow-y-auto p-3 text-sm">
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
              {live ? (
                <button type="button" onClick={() => void call.hangUp()} className="rounded bg-rose-700 px-3 py-1.5 font-semibold text-white">
                  Hang up
                </button>
              ) : (
                <button
                  type="button"
                  onClick={() => void call.start(chosen)}
                  disabled={call.state.phase === 'dialing'}
                  className="rounded bg-emerald-700 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
                >
                  {call.state.phase === 'dialing' ? 'Dialing…' : 'Call'}
                </button>
              )}
            </div>
          </>
        )}
        {call.state.phase === 'failed' && <p role="alert" className="text-rose-700">{call.state.message}</p>}
        <ol ref={log} aria-label="What happened on the call" aria-live="polite" className="space-y-1">
          {call.entries.map((entry, i) => {
            const line = describeEntry(entry);
            return line ? (
              <li key={`${entry.at}-${i}`} className={`rounded px-2 py-1 ${whoStyle[line.who]}`}>
                {line.text}
              </li>
            ) : null;
          })}
        </ol>
        <DialPad disabled={!live} onPress={(key) => void call.press(key)} />
        <label className="flex items-center gap-2 text-xs">
          <input type="checkbox" checked={speakPrompts} onChange={(e) => setSpeakPrompts(e.target.checked)} />
          Speak the prompts aloud
        </label>
      </div>
    </section>
  );
}
