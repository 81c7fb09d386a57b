'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

/**
 * Copies a secret shown once (an invitation link, an API token). Where the clipboard is not
 * allowed (plain http on another host), it says to copy by hand from the field beside it.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" aria-label={label} onClick={() => void copy()}>
        Copy
      </Button>
      <span role="status" className="text-xs text-slate-600">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copying is blocked here: select the text and press Ctrl+C' : ''}
      </span>
    </span>
  );
}
