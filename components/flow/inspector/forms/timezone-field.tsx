'use client';

import { useId, useMemo } from 'react';
import { Field } from '../fields/field';
import { inputClass } from '../fields/styles';

/** An IANA timezone: type to filter the browser's list (a datalist), or any zone name. */
export function TimezoneField({ value, onChange, errors }: { value: string; onChange: (value: string) => void; errors: readonly string[] }) {
  const listId = useId();
  const zones = useMemo(() => ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')], []);
  return (
    <Field label="Timezone" errors={errors} hint="Where the business is, e.g. Asia/Singapore. Type to filter.">
      {(control) => (
        <>
          <input
            {...control}
            list={listId}
            value={value}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => onChange(event.target.value)}
            className={`${inputClass} font-mono`}
          />
          <datalist id={listId}>
            {zones.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
