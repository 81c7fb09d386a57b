'use client';

import type { MenuData } from '@/lib/flow/nodes/menu/definition';
import { issuesAt, type FieldIssues } from '../form-types';
import { CheckboxField } from '../fields/checkbox-field';
import { NumberField } from '../fields/number-field';

type Props = { data: MenuData; issues: FieldIssues; onChange: (patch: Partial<MenuData>) => void };

/** sayAndCapture's settings, with 8x8's rules (and the codes it answers) in plain words. */
export function MenuCapture({ data, issues, onChange }: Props) {
  const completeOnHash = data.completeOnHash ?? true;
  return (
    <div className="space-y-3">
      <div className="grid grid-cols-2 gap-2">
        <NumberField label="Min digits" integer value={data.minDigits} onChange={(minDigits) => onChange({ minDigits })} errors={issuesAt(issues, 'minDigits')} />
        <NumberField label="Max digits" integer value={data.maxDigits} onChange={(maxDigits) => onChange({ maxDigits })} errors={issuesAt(issues, 'maxDigits')} />
      </div>
      <p className="text-xs text-slate-500">
        If you set a minimum, set a maximum too (8x8 refuses it otherwise: -1003). The maximum is 1–25, and it is required when
        “complete on #” is off, since 8x8 then has no other way to know the caller has finished (-1008).
      </p>
      <CheckboxField
        label="Complete on #"
        checked={completeOnHash}
        onChange={(on) => onChange({ completeOnHash: on })}
        hint={completeOnHash ? 'Pressing # ends the entry early (8x8’s default).' : '# is an ordinary key; input ends at the maximum digits.'}
      />
      <div className="grid grid-cols-2 gap-2">
        <NumberField label="Digit timeout" unit="ms" integer value={data.digitTimeout} onChange={(digitTimeout) => onChange({ digitTimeout })} errors={issuesAt(issues, 'digitTimeout')} placeholder="5000" />
        <NumberField label="Overall timeout" unit="ms" integer value={data.overallTimeout} onChange={(overallTimeout) => onChange({ overallTimeout })} errors={issuesAt(issues, 'overallTimeout')} placeholder="10000" />
      </div>
      <p className="text-xs text-slate-500">
        In milliseconds (5000 = 5 s). The digit timeout is the longest wait between two key presses; the overall timeout is the
        longest wait for the whole entry. With a digit timeout, 8x8 needs the overall timeout too (-1005), and it must not be
        shorter than the digit timeout (-1006).
      </p>
      <NumberField
        label="Tries"
        integer
        value={data.noOfTries}
        onChange={(noOfTries) => onChange({ noOfTries })}
        errors={issuesAt(issues, 'noOfTries')}
        hint="How many times 8x8 plays the prompt when nothing valid is pressed."
        placeholder="1"
      />
    </div>
  );
}
