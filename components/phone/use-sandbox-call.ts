'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { callApi } from '@/lib/http/call-api';
import { isSpoken, transcriptEntry, waitingNodeOf, type TranscriptEntry } from './transcript';

export const testPhoneNumber = '+6590000000';

export type SandboxCallState =
  | { phase: 'idle' }
  | { phase: 'dialing' }
  | { phase: 'live'; sessionId: string }
  | { phase: 'ended'; sessionId: string }
  | { phase: 'failed'; message: string };

function speak(text: string) {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
  window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

function silence() {
  if (typeof window !== 'undefined' && 'speechSynthesis' in window) window.speechSynthesis.cancel();
}

/**
 * A phone on a sandbox call: follows the call's transcript (SSE), speaks prompts,
 * sends key presses and hangs up. The sandbox POSTs the real webhooks to this app,
 * so the call runs through the real path.
 */
export function useSandboxCall({ speakPrompts, onWaitingNode }: { speakPrompts: boolean; onWaitingNode?: (nodeId: string | null) => void }) {
  const [state, setState] = useState<SandboxCallState>({ phase: 'idle' });
  const [entries, setEntries] = useState<TranscriptEntry[]>([]);
  const stream = useRef<EventSource | null>(null);
  const speaking = useRef(speakPrompts);
  const waiting = useRef(onWaitingNode);
  useEffect(() => {
    speaking.current = speakPrompts;
    waiting.current = onWaitingNode;
  }, [speakPrompts, onWaitingNode]);

  const close = useCallback(() => {
    stream.current?.close();
    stream.current = null;
    silence();
  }, []);

  useEffect(
    () => () => {
      close();
      waiting.current?.(null);
    },
    [close],
  );

  /** Follows an existing sandbox call (e.g. an outbound callback this phone answers). */
  const attach = useCallback(
    (sessionId: string) => {
      close();
      setEntries([]);
      setState({ phase: 'live', sessionId });
      const events = new EventSource(`/sandbox/api/calls/${sessionId}/events`);
      stream.current = events;
      events.onmessage = (message) => {
        const parsed = transcriptEntry.safeParse(JSON.parse(String(message.data)));
        if (!parsed.success) return;
        const entry = parsed.data;
        setEntries((previous) => [...previous, entry]);
        const node = waitingNodeOf(entry);
        if (node) waiting.current?.(node);
        if (speaking.current && isSpoken(entry)) speak(entry.text ?? '');
        if (entry.kind === 'ended') {
          setState({ phase: 'ended', sessionId });
          waiting.current?.(null);
          events.close();
        }
      };
    },
    [close],
  );

  /** Calls `number` from the test phone (an inbound call to the flow). */
  const callNumber = useCallback(
    async (number: string) => {
      setState({ phase: 'dialing' });
      const placed = await callApi<{ sessionId: string }>('/sandbox/api/calls', {
        method: 'POST',
        body: { direction: 'inbound', from: testPhoneNumber, to: number, party: { mode: 'interactive' } },
      });
      if (placed.ok) attach(placed.data.sessionId);
      else setState({ phase: 'failed', message: placed.message });
    },
    [attach],
  );

  const press = useCallback(
    async (key: string) => {
      if (state.phase !== 'live') return;
      const sent = await callApi(`/sandbox/api/calls/${state.sessionId}/digits`, { method: 'POST', body: { digits: key } });
      // 409: the call is not listening for keys right now (as on a real phone, the key is lost).
      if (!sent.ok && sent.status !== 409) setState({ phase: 'failed', message: sent.message });
    },
    [state],
  );

  const hangUp = useCallback(async () => {
    if (state.phase !== 'live') return;
    await callApi(`/sandbox/api/calls/${state.sessionId}/hangup`, { method: 'POST' });
  }, [state]);

  return { state, entries, attach, callNumber, press, hangUp };
}

export type SandboxCall = ReturnType<typeof useSandboxCall>;
