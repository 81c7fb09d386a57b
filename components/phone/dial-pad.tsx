'use client';

const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/** The phone's keys; the digit keys of the keyboard press them too while the panel has focus. */
export function DialPad({ disabled, onPress }: { disabled: boolean; onPress: (key: string) => void }) {
  return (
    <div role="group" aria-label="Dial pad" className="grid grid-cols-3 gap-1.5">
      {keys.map((key) => (
        <button
          key={key}
          type="button"
          disabled={disabled}
          onClick={() => onPress(key)}
          className="rounded-md border border-slate-300 bg-white py-2 text-lg font-semibold text-slate-800 hover:bg-slate-100 disabled:opacity-40"
        >
          {key}
        </button>
      ))}
    </div>
  );
}
