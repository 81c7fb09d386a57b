'use client';

import { useState } from 'react';
import { isE164, normalizePhoneNumber } from '@/lib/phone-number';
import type { AccountNumbersState } from './use-account-numbers';

export type CallFlow = { id: string; name: string; published: boolean; numbers: string[] };
export type SourceOption = { value: string; label: string };

/** The source select's value for a number typed by hand. */
export const otherSource = 'other';

/**
 * The flow and caller id a call goes out with. The source follows the flow (its routed
 * number, as the API defaults) until someone picks another.
 */
export function useFlowSource(flows: CallFlow[], initialFlowId: string | null, account: AccountNumbersState) {
  const initial = flows.find((f) => f.id === initialFlowId && f.published);
  const [flowId, setFlowId] = useState(initial?.id ?? '');
  const [picked, setPicked] = useState<string | null>(null);
  const [other, setOther] = useState('');
  const flow = flows.find((f) => f.id === flowId);
  const options = sourceOptions(flow, account);
  const choice = picked ?? options[0]?.value ?? otherSource;
  const typed = other.trim();
  const source = choice === otherSource ? (isE164(typed) ? normalizePhoneNumber(typed) : null) : choice;
  const sourceProblem = choice === otherSource && !isE164(typed) ? (typed ? `${typed} is not an E.164 number yet: + country code and number` : 'Type the caller id, e.g. +6568332048') : null;

  return {
    flow,
    flowId,
    selectFlow: (id: string) => {
      setFlowId(id);
      setPicked(null);
    },
    options,
    choice,
    pick: setPicked,
    other,
    setOther,
    /** The caller id to send, null while the typed one is not a number. */
    source,
    sourceProblem,
  };
}

export type FlowSource = ReturnType<typeof useFlowSource>;

function sourceOptions(flow: CallFlow | undefined, account: AccountNumbersState): SourceOption[] {
  const owned = account.status === 'ready' ? account.numbers : [];
  const ownedSet = new Set(owned.map((n) => n.number));
  const options: SourceOption[] = [];
  const seen = new Set<string>();
  for (const number of flow?.numbers ?? []) {
    seen.add(number);
    const warning = account.status === 'ready' && !ownedSet.has(number) ? ', not one of the account’s numbers' : '';
    options.push({ value: number, label: `${number} — routed to this flow${warning}` });
  }
  for (const n of owned) {
    if (seen.has(n.number)) continue;
    seen.add(n.number);
    options.push({ value: n.number, label: n.label ? `${n.number} — ${n.label}` : n.number });
  }
  return options;
}
