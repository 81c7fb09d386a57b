'use client';

import { useState, type FormEvent } from 'react';
import { useCan } from '@/components/auth/actor-context';
import { Button } from '@/components/ui/button';
import { controlStyle, Field } from '@/components/ui/field';
import { launchOutcome, type LaunchOutcome, type LaunchResponse } from '@/lib/calls/launch-outcome';
import { PhoneView } from '@/components/phone/phone-view';
import { useSandbox } from '@/components/sandbox/sandbox-context';
import { useSandboxCall } from '@/components/phone/use-sandbox-call';
import { callApi } from '@/lib/http/call-api';
import { isE164, normalizePhoneNumber } from '@/lib/phone-number';
import { FlowSourceFields } from './flow-source-fields';
import type { AccountNumbersState } from './use-account-numbers';
import { useFlowSource, type CallFlow } from './use-flow-source';

/** One outbound callback: flow, destination, caller id; the outcome in words. */
export function SingleCallForm({
  flows,
  initialFlowId,
  account,
  sandbox,
  onLaunched,
}: {
  flows: CallFlow[];
  initialFlowId: string | null;
  account: AccountNumbersState;
  /** In sandbox mode (with the sandbox on) the call can be answered right here, in the test phone. */
  sandbox: boolean;
  onLaunched: (outcome: LaunchOutcome) => void;
}) {
  const launch = useCan('calls.launch');
  const sandboxOn = useSandbox().enabled;
  const testPhone = sandbox && sandboxOn;
  const fs = useFlowSource(flows, initialFlowId, account);
  const [destination, setDestination] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<LaunchOutcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [answerHere, setAnswerHere] = useState(true);
  const [speakPrompts, setSpeakPrompts] = useState(true);
  const phone = useSandboxCall({ speakPrompts });
  const typed = destination.trim();
  const destinationProblem = typed && !isE164(typed) ? `${typed} is not an E.164 number yet: + country code and number, e.g. +6591234567` : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!launch.allowed) return;
    setOutcome(null);
    const missing = !fs.flowId ? 'Choose a flow to run.' : !isE164(typed) ? 'Give the destination as an E.164 number, e.g. +6591234567.' : fs.sourceProblem;
    setProblem(missing);
    if (missing) return;
    const number = normalizePhoneNumber(typed);
    setBusy(true);
    const answering = testPhone && answerHere;
    if (answering) {
      // The sandbox lets the test phone below pick up the next call to this number.
      const party = await callApi('/sandbox/api/parties', { method: 'POST', body: { number, mode: 'interactive' } });
      if (!party.ok) {
        setBusy(false);
        setProblem(`The test phone could not be set up: ${party.message}`);
        return;
      }
    }
    const result = await callApi<LaunchResponse>('/api/calls', {
      method: 'POST',
      body: { flowId: fs.flowId, destination: number, ...(fs.source && { source: fs.source }) },
    });
    setBusy(false);
    const next = launchOutcome(number, result);
    setOutcome(next);
    onLaunched(next);
    if (answering && result.ok) phone.attach(result.data.sessionId);
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label="New call">
      <fieldset disabled={!launch.allowed} className="min-w-0 space-y-3">
        <div className="grid gap-3 md:grid-cols-3">
          <FlowSourceFields flows={flows} fs={fs} account={account} disabled={busy} />
          <Field
            label="Destination"
            problem={destinationProblem}
            hint={isE164(typed) ? `Will call ${normalizePhoneNumber(typed)}.` : 'The number to call, with + and country code.'}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="tel"
                className={controlStyle}
                value={destination}
                placeholder="+6591234567"
                autoComplete="off"
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(event) => setDestination(event.target.value)}
              />
            )}
          </Field>
        </div>
        {testPhone && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={answerHere} onChange={(event) => setAnswerHere(event.target.checked)} />
            Answer the call here, in the test phone (sandbox)
          </label>
        )}
      </fieldset>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" deniedReason={launch.reason} disabled={busy} aria-busy={busy}>
          {busy ? 'Launching…' : 'Launch'}
        </Button>
        {problem && (
          <p role="alert" className="text-sm text-rose-800">
            {problem}
          </p>
        )}
      </div>
      {outcome && <OutcomeMessage outcome={outcome} />}
      {phone.state.phase !== 'idle' && (
        <div className="max-w-sm rounded-lg border border-slate-300 bg-white p-3 shadow">
          <PhoneView call={phone} label="Test phone" speakPrompts={speakPrompts} onSpeakPromptsChange={setSpeakPrompts}>
            <h3 className="font-semibold">
              Test phone <span className="text-xs font-normal text-slate-600">({phone.state.phase === 'ended' ? 'call ended' : 'on the call'})</span>
            </h3>
          </PhoneView>
        </div>
      )}
    </form>
  );
}

function OutcomeMessage({ outcome }: { outcome: LaunchOutcome }) {
  if (outcome.kind === 'created') {
    return (
      <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {outcome.words}
      </p>
    );
  }
  return (
    <p role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
      {outcome.words}
      {outcome.kind === 'refused' && outcome.attemptId && <span className="block text-xs">The attempt is kept in the list below as {outcome.attemptId}.</span>}
    </p>
  );
}
