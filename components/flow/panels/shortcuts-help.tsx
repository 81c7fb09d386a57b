'use client';

import { useEffect, useRef } from 'react';
import { shortcuts } from '../use-editor-shortcuts';

/** The keyboard shortcuts, in a dialog (Escape or the button closes it). */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);
  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="shortcuts-title" className="rounded-lg p-0 shadow-xl backdrop:bg-black/30">
      <div className="w-[28rem] p-5">
        <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">
          Keyboard shortcuts
        </h2>
        <table className="w-full text-sm">
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.keys} className="border-t border-slate-100">
                <td className="py-1.5 pr-4 font-mono text-xs">{s.keys}</td>
                <td className="py-1.5">{s.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={onClose} className="mt-4 rounded border px-3 py-1 text-sm">
          Close
        </button>
      </div>
    </dialog>
  );
}
