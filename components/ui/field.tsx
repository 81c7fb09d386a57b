import { useId, type ReactNode } from 'react';

export const controlStyle = 'mt-1 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm disabled:bg-slate-100';

/**
 * A labelled control with a hint under it, or the problem in its place. The label names
 * the control alone (hints are its description), so screen readers hear a short name.
 */
export function Field({
  label,
  hint,
  problem,
  children,
}: {
  label: string;
  hint?: ReactNode;
  problem?: string | null;
  children: (ids: { id: string; describedBy: string; invalid: boolean }) => ReactNode;
}) {
  const id = useId();
  const describedBy = `${id}-hint`;
  return (
    <div className="flex flex-col text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children({ id, describedBy, invalid: Boolean(problem) })}
      <span id={describedBy} className={problem ? 'mt-1 text-xs text-rose-800' : 'mt-1 text-xs text-slate-600'}>
        {problem ?? hint}
      </span>
    </div>
  );
}

/** A form's problem (a refused request), announced when it appears. */
export function ErrorMessage({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
      {message}
    </p>
  );
}
