import { useId, type ComponentPropsWithRef } from 'react';

// `aria-disabled` is how a role's "not allowed" looks (see Button): styled as disabled too.
const unavailable = 'disabled:cursor-not-allowed aria-disabled:cursor-not-allowed';

/** The app's button looks; links that act as buttons (a pager, a download) use them too. */
export const buttonStyles = {
  primary: `rounded-md bg-blue-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-800 disabled:bg-slate-400 aria-disabled:bg-slate-400 ${unavailable}`,
  danger: `rounded-md bg-rose-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-rose-800 disabled:bg-slate-400 aria-disabled:bg-slate-400 ${unavailable}`,
  secondary: `rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-50 aria-disabled:opacity-50 ${unavailable}`,
  small: `rounded border border-slate-300 bg-white px-2 py-1 text-xs hover:bg-slate-50 disabled:opacity-50 aria-disabled:opacity-50 ${unavailable}`,
  /** A toolbar's button; a toggle (`aria-pressed`) looks pressed when on. */
  tool: `rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-50 disabled:opacity-40 aria-disabled:opacity-40 aria-pressed:border-blue-700 aria-pressed:bg-blue-50 aria-pressed:text-blue-900 ${unavailable}`,
} as const;

export type ButtonVariant = keyof typeof buttonStyles;

type ButtonProps = ComponentPropsWithRef<'button'> & {
  variant?: ButtonVariant;
  /**
   * Why the signed-in person may not do this (their role), from `useCan(...).reason`. The
   * button then stays focusable but does nothing (`aria-disabled`, whatever `disabled` says),
   * and the reason is its tooltip and accessible description — read, not met as a refusal.
   */
  deniedReason?: string | null;
};

export function Button({ variant = 'secondary', deniedReason, className, type = 'button', disabled, ...props }: ButtonProps) {
  const reasonId = useId();
  const classes = className ? `${buttonStyles[variant]} ${className}` : buttonStyles[variant];
  if (!deniedReason) return <button {...props} type={type} disabled={disabled} className={classes} />;
  // Denied wins over `disabled`: the button stays focusable, so the reason can be read.
  const describedBy = [props['aria-describedby'], reasonId].filter(Boolean).join(' ');
  return (
    <>
      <button
        {...props}
        // Never a submit, never a dialog: pressing it does nothing.
        type="button"
        className={classes}
        aria-haspopup={undefined}
        aria-disabled
        aria-describedby={describedBy}
        title={deniedReason}
        onClick={(event) => event.preventDefault()}
      />
      <span id={reasonId} hidden>
        {deniedReason}
      </span>
    </>
  );
}
