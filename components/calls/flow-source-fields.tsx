'use client';

import { controlStyle, Field } from '@/components/ui/field';
import type { AccountNumbersState } from './use-account-numbers';
import { otherSource, type CallFlow, type FlowSource } from './use-flow-source';

/** The flow to run (published ones only) and the caller id to call from. */
export function FlowSourceFields({ flows, fs, account, disabled }: { flows: CallFlow[]; fs: FlowSource; account: AccountNumbersState; disabled?: boolean }) {
  const typedProblem = fs.other.trim() ? fs.sourceProblem : null;
  return (
    <>
      <Field label="Flow" hint="Calls run a flow’s published version.">
        {({ id, describedBy }) => (
          <select id={id} className={controlStyle} value={fs.flowId} disabled={disabled} aria-describedby={describedBy} onChange={(event) => fs.selectFlow(event.target.value)}>
            <option value="">Choose a flow…</option>
            {flows.map((flow) => (
              <option key={flow.id} value={flow.id} disabled={!flow.published}>
                {flow.published ? flow.name : `${flow.name} — publish first`}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field label="Source (caller id)" hint={accountHint(account)}>
        {({ id, describedBy }) => (
          <select id={id} className={controlStyle} value={fs.choice} disabled={disabled} aria-describedby={describedBy} onChange={(event) => fs.pick(event.target.value)}>
            {fs.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
            <option value={otherSource}>Other number…</option>
          </select>
        )}
      </Field>

      {fs.choice === otherSource && (
        <Field label="Other caller id" hint={fs.source ? `Calls from ${fs.source}.` : (fs.sourceProblem ?? undefined)} problem={typedProblem}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="tel"
              className={controlStyle}
              value={fs.other}
              disabled={disabled}
              placeholder="+6568332048"
              autoComplete="off"
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(event) => fs.setOther(event.target.value)}
            />
          )}
        </Field>
      )}
    </>
  );
}

function accountHint(account: AccountNumbersState): string {
  if (account.status === 'loading') return 'Loading the account’s numbers…';
  if (account.status === 'error') return `The account’s numbers are unavailable: ${account.message}`;
  const count = account.numbers.length;
  return `8x8 accepts only the account’s own numbers as caller id (${count} ${count === 1 ? 'number' : 'numbers'}).`;
}
