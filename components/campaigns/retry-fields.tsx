'use client';

import { controlStyle } from '@/components/ui/field';
import type { RetryPolicy } from '@/lib/campaigns/retry-policy';

const rules: Array<[keyof RetryPolicy, string]> = [
  ['busy', 'Busy'],
  ['noAnswer', 'No answer'],
  ['failed', 'Failed'],
  ['capacity', '8x8 trunk capacity exceeded (-2010)'],
  ['temporaryRefusal', 'Send Callflow refused for now (429, 5xx)'],
];

/** Attempts in all and the delay before the next, per outcome that may be tried again. */
export function RetryFields({ policy, onChange }: { policy: RetryPolicy; onChange: (policy: RetryPolicy) => void }) {
  return (
    <fieldset className="space-y-2 text-sm">
      <legend className="font-medium">Retries: attempts in all, and minutes before the next</legend>
      {rules.map(([key, label]) => (
        <div key={key} className="flex flex-wrap items-center gap-3">
          <span className="w-72">{label}</span>
          <label className="flex items-center gap-1">
            attempts
            <input type="number" min="1" max="10" aria-label={`${label}: attempts`} className={`${controlStyle} w-20`} value={policy[key].attempts}
              onChange={(e) => onChange({ ...policy, [key]: { ...policy[key], attempts: Number(e.target.value) } })} />
          </label>
          <label className="flex items-center gap-1">
            minutes
            <input type="number" min="0" step="any" aria-label={`${label}: minutes before the next`} className={`${controlStyle} w-24`} value={policy[key].delaySeconds / 60}
              onChange={(e) => onChange({ ...policy, [key]: { ...policy[key], delaySeconds: Math.round(Number(e.target.value) * 60) } })} />
          </label>
        </div>
      ))}
    </fieldset>
  );
}
