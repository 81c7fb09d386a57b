'use client';

import { useEffect, useState } from 'react';
import type { SpeechProfile } from '@/lib/eightbyeight/api-schemas';

export type VoicesState =
  | { state: 'loading' }
  | { state: 'ready'; source: 'sandbox' | '8x8'; voices: SpeechProfile[]; warning?: string }
  | { state: 'error'; message: string };

type VoicesReply = { source: 'sandbox' | '8x8'; voices: SpeechProfile[]; warning?: string };

// One request per page: every voice picker shares it.
let request: Promise<VoicesState> | null = null;

function loadVoices(): Promise<VoicesState> {
  request ??= fetch('/api/voices')
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as VoicesReply;
      return { state: 'ready' as const, ...body };
    })
    .catch((error: unknown) => {
      request = null; // the next picker tries again
      return { state: 'error' as const, message: error instanceof Error ? error.message : 'unreachable' };
    });
  return request;
}

export function useVoices(): VoicesState {
  const [voices, setVoices] = useState<VoicesState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    void loadVoices().then((next) => live && setVoices(next));
    return () => {
      live = false;
    };
  }, []);
  return voices;
}
