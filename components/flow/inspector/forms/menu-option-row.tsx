'use client';

import type { MenuData } from '@/lib/flow/nodes/menu/definition';
import { FieldErrors } from '../fields/field';
import { inputClass, smallButtonClass } from '../fields/styles';

type Option = MenuData['options'][number];

type Props = {
  idBase: string;
  index: number;
  count: number;
  option: Option;
  errors: readonly string[];
  onChange: (option: Option) => void;
  onRemove: () => void;
  onMove: (by: -1 | 1) => void;
};

export function MenuOptionRow({ idBase, index, count, option, errors, onChange, onRemove, onMove }: Props) {
  const n = index + 1;
  const digitsId = `${idBase}-digits-${index}`;
  const labelId = `${idBase}-label-${index}`;
  const errorsId = `${idBase}-errors-${index}`;
  return (
    <li className="rounded border border-slate-200 p-2">
      <div className="grid grid-cols-[4.5rem_1fr] gap-2">
        <div className="space-y-1">
          <label htmlFor={digitsId} className="text-xs font-medium text-slate-700">
            <span className="sr-only">Option {n} </span>Keys
          </label>
          <input
            id={digitsId}
            value={option.digits}
            inputMode="tel"
            spellCheck={false}
            aria-invalid={errors.length > 0 || undefined}
            aria-describedby={errors.length > 0 ? errorsId : undefined}
            onChange={(event) => onChange({ ...option, digits: event.target.value.trim() })}
            className={`${inputClass} font-mono`}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={labelId} className="text-xs font-medium text-slate-700">
            <span className="sr-only">Option {n} </span>Label (optional)
          </label>
          <input
            id={labelId}
            value={option.label ?? ''}
            placeholder="e.g. Opening hours"
            onChange={(event) => {
              const { label: _old, ...rest } = option;
              onChange(event.target.value ? { ...rest, label: event.target.value } : rest);
            }}
            className={inputClass}
          />
        </div>
      </div>
      <FieldErrors id={errorsId} errors={errors} />
      <div className="mt-1.5 flex gap-1">
        <button id={`${idBase}-up-${index}`} type="button" disabled={index === 0} onClick={() => onMove(-1)} aria-label={`Move option ${n} up`} className={smallButtonClass}>
          ↑
        </button>
        <button id={`${idBase}-down-${index}`} type="button" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={`Move option ${n} down`} className={smallButtonClass}>
          ↓
        </button>
        <button type="button" onClick={onRemove} aria-label={`Remove option ${n}`} className={`${smallButtonClass} ml-auto text-rose-700`}>
          Remove
        </button>
      </div>
    </li>
  );
}
