'use client';

import { useId } from 'react';
import { FieldErrors } from '../fields/field';
import { inputClass, sectionClass, sectionTitleClass, smallButtonClass } from '../fields/styles';
import { issuesAt, type FieldIssues } from '../form-types';

type Pair = Record<string, string>;

type Props<P extends Pair> = {
  title: string;
  note: string;
  /** The data field ("headers", "mappings"), for the rules' messages. */
  field: string;
  items: readonly P[];
  /** The two keys of an item, with their column labels and placeholders. */
  columns: readonly [{ key: keyof P & string; label: string; placeholder: string }, { key: keyof P & string; label: string; placeholder: string }];
  blank: P;
  /** What one row is called in button labels ("header", "mapping"). */
  noun: string;
  issues: FieldIssues;
  onChange: (items: P[]) => void;
};

/** A list of two-field rows: the request's headers, and the answer's mappings into variables. */
export function HttpRequestPairs<P extends Pair>({ title, note, field, items, columns, blank, noun, issues, onChange }: Props<P>) {
  const base = useId();
  return (
    <section aria-labelledby={`${base}-title`} className={sectionClass}>
      <h3 id={`${base}-title`} className={sectionTitleClass}>
        {title}
      </h3>
      <p className="text-xs text-slate-500">{note}</p>
      <ol className="space-y-2">
        {items.map((item, index) => {
          const errors = columns.flatMap((c) => issuesAt(issues, field, index, c.key));
          return (
            <li key={index} className="space-y-1">
              <div className="grid grid-cols-[1fr_1fr_auto] items-end gap-2">
                {columns.map((column) => (
                  <div key={column.key} className="space-y-1">
                    <label htmlFor={`${base}-${index}-${column.key}`} className="text-xs font-medium text-slate-700">
                      <span className="sr-only">
                        {noun} {index + 1}{' '}
                      </span>
                      {column.label}
                    </label>
                    <input
                      id={`${base}-${index}-${column.key}`}
                      value={item[column.key]}
                      placeholder={column.placeholder}
                      spellCheck={false}
                      aria-invalid={issuesAt(issues, field, index, column.key).length > 0 || undefined}
                      onChange={(event) => onChange(items.map((it, j) => (j === index ? { ...it, [column.key]: event.target.value } : it)))}
                      className={`${inputClass} font-mono`}
                    />
                  </div>
                ))}
                <button type="button" onClick={() => onChange(items.filter((_, j) => j !== index))} aria-label={`Remove ${noun} ${index + 1}`} className={smallButtonClass}>
                  ✕
                </button>
              </div>
              <FieldErrors errors={errors} />
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...items, blank])} className={smallButtonClass}>
        + Add {noun}
      </button>
    </section>
  );
}
