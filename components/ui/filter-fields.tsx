// The form fields the History and Analytics filters and the designer's overlay share.
import { periodPresets, toPeriodKey, type PeriodKey } from '@/lib/analytics/analytics-period';

export const filterInputStyles = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm disabled:bg-slate-100';
export const filterLabelStyles = 'block text-xs font-medium text-slate-700';

/** A "flowId" select: every flow, or one. */
export function FlowFilter({ flows, value, anyLabel }: { flows: Array<{ id: string; name: string }>; value: string | undefined; anyLabel: string }) {
  return (
    <label className={filterLabelStyles}>
      Flow
      <select name="flowId" defaultValue={value ?? ''} className={filterInputStyles}>
        <option value="">{anyLabel}</option>
        {flows.map((flow) => (
          <option key={flow.id} value={flow.id}>
            {flow.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A period select: the presets, then "Custom dates" (the caller shows the date fields). */
export function PeriodSelect({
  value,
  onChange,
  className = filterInputStyles,
  name,
}: {
  value: PeriodKey;
  onChange: (period: PeriodKey) => void;
  className?: string;
  name?: string;
}) {
  return (
    <label className={filterLabelStyles}>
      Period
      <select name={name} value={value} onChange={(event) => onChange(toPeriodKey(event.target.value))} className={className}>
        {Object.entries(periodPresets).map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
        <option value="custom">Custom dates</option>
      </select>
    </label>
  );
}
