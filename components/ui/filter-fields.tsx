// The form fields the History and Analytics filters share.

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
