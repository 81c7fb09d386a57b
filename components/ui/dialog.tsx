'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal <dialog>: opened with showModal (the page behind is inert, Escape
 * closes), focus goes to the element marked `data-autofocus` (else the first one), and
 * returns to whatever had it before when the dialog closes.
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  returnFocusTo,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Where focus goes on close when the opener is about to disappear (a deleted row's button). */
  returnFocusTo?: () => HTMLElement | null;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
      // showModal focuses the first focusable element; a dialog can name a better one.
      element.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const restoreFocus = () => {
    const target = returnFocusTo?.() ?? opener.current;
    if (target instanceof HTMLElement && target.isConnected) target.focus();
    opener.current = null;
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={() => {
        restoreFocus();
        onClose();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-black/30"
    >
      {open && (
        <div className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {description && (
            <div id={descriptionId} className="text-sm text-slate-700">
              {description}
            </div>
          )}
          {children}
        </div>
      )}
    </dialog>
  );
}
