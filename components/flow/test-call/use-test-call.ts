'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { callApi } from '@/lib/http/call-api';
import { useFlowActions } from '../store/flow-store-context';
import { isSpoken, transcriptEntry, waitingNodeOf, type TranscriptEntry } from './transcript';

export const testPhoneNumber = '+6590000000';

export type TestCallState =
  | { phase: 'idle' }
  | { phase: 'dialing' }
  | { phase: 'live'; sessionId: string }
  | { phase: 'ended'; sessionId: string }
  | { phase: 'failed'; message: string };

function speak(text: string) {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
  window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

/**
 * A test call through the real path: the sandbox calls the flow's number, POSTs
 * webhooks to this app, plays the replies, and streams what happens to the phone.
 */
export function useTestCall({ speakPrompts }: { speakPrompts: boolean }) {
  const actions = useFlowActions();
  const [state, setState] = useState<TestCallState>({ phase: 'idle' });
  const [entries, setEntries] = useState<TranscriptEntry[]>([]);
  const stream = useRef<EventSource | null>(null);
  const speaking = useRef(speakPrompts);
  useEffect(() => {
    speaking.current = speakPrompts;
  }, [speakPrompts]);

  const close = useCallback(() => {
    stream.current?.close();
    stream.current = null;
    if (typeof window !== 'undefined' && 'speechSynthesis' in window) window.speechSynthesis.cancel();
  }, []);

  useEffect(() => () => {
    close();
    actions.setLiveNode(null);
  }, [close, actions]);

  const start = useCallback(
    async (number: string) => {
      close();
      setEntries([]);
      setState({ phase: 'dialing' });
      const placed = await callApi<{ sessionId: string }>('/sandbox/api/calls', {
        method: 'POST',
        body: { direction: 'inbound', from: testPhoneNumber, to: number, party: { mode: 'interactive' } },
      });
      if (!placed.ok) {
        setState({ phase: 'failed', message: placed.message });
        return;
      }
      const { sessionId } = placed.data;
      setState({ phase: 'live', sessionId });
      const events = new EventSource(`/sandbox/api/calls/${sessionId}/events`);
      stream.current = events;
      events.onmessage = (message) => {
        const parsed = transcriptEntry.safeParse(JSON.parse(String(message.data)));
        if (!parsed.success) return;
        const entry = parsed.data;
        setEntries((previous) => [...previous, entry]);
        const waiting = waitingNodeOf(entry);
        if (waiting) actions.setLiveNode(waiting);
        if (speaking.current && isSpoken(entry)) speak(entry.text ?? '');
        if (entry.kind === 'ended') {
          setState({ phase: 'ended', sessionId });
          actions.setLiveNode(null);
          events.close();
        }
      };
      events.onerror = () => {
        // The server closes the stream after 'ended'; anything else is a lost connection.
        if (events.readyState === EventSource.CLOSED) return;
      };
    },
    [actions, close],
  );

  const press = useCallback(
    async (key: string) => {
      if (state.phase !== 'live') return;
      const sent = await callApi(`/sandbox/api/calls/${state.sessionId}/digits`, { method: 'POST', body: { digits: key } });
      if (!sent.ok && sent.status !== 409) setState({ phase: 'failed', message: sent.message });
    },
    [state],
  );

  const hangUp = useCallback(async () => {
    if (state.phase !== 'live') return;
    await callApi(`/sandbox/api/calls/${state.sessionId}/hangup`, { method: 'POST' });
  }, [state]);

  return { state, entries, start, press, hangUp };
}
