'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTransition, type FormEvent } from 'react';
import { FlowFilter, filterInputStyles, filterLabelStyles } from '@/components/ui/filter-fields';
import { Button, buttonStyles } from '@/components/ui/button';
import { callStatusFilters } from '@/lib/calls/call-query';
import { filterKeys, withParams, type HistoryParams } from './history-params';

const inputStyles = filterInputStyles;
const labelStyles = filterLabelStyles;

/** The filters as a form; applying them rewrites the URL (a new history entry) and the server page re-renders. */
export function HistoryFilters({ params, flows }: { params: HistoryParams; flows: Array<{ id: string; name: string }> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const changes: Record<string, string | undefined> = { page: undefined };
    for (const key of filterKeys) {
      const value = form.get(key);
      changes[key] = typeof value === 'string' ? value.trim() : undefined;
    }
    startTransition(() => router.push(`/history${withParams(params, changes)}`));
  };

  return (
    // Keyed on the query by the page, so back/forward re-fills the form.
    <form onSubmit={apply} aria-label="Filter calls" className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-4">
      <FlowFilter flows={flows} value={params.flowId} anyLabel="Any flow" />
      <label className={labelStyles}>
        Version
        <input name="version" type="number" min={1} defaultValue={params.version ?? ''} className={inputStyles} placeholder="Any" />
      </label>
      <label className={labelStyles}>
        Status
        <select name="status" defaultValue={params.status ?? ''} className={inputStyles}>
          <option value="">Any status</option>
          {callStatusFilters.map((status) => (
            <option key={status} value={status}>
              {status === 'live' ? 'Live (in progress)' : status.toLowerCase().replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <label className={labelStyles}>
        Direction
        <select name="direction" defaultValue={params.direction ?? ''} className={inputStyles}>
          <option value="">Both</option>
          <option value="INBOUND">Inbound</option>
          <option value="OUTBOUND">Outbound</option>
        </select>
      </label>
      <label className={labelStyles}>
        Started on or after
        <input name="from" type="date" defaultValue={params.from ?? ''} className={inputStyles} />
      </label>
      <label className={labelStyles}>
        Started before
        <input name="to" type="date" defaultValue={params.to ?? ''} className={inputStyles} />
      </label>
      <label className={labelStyles}>
        Number (start or last digits)
        <input
          name="number"
          type="search"
          inputMode="tel"
          maxLength={24}
          defaultValue={params.number ?? ''}
          className={inputStyles}
          placeholder="+6591… or 4567"
        />
      </label>
      <label className={labelStyles}>
        8x8 error code
        <input name="errorCode" type="number" defaultValue={params.errorCode ?? ''} className={inputStyles} placeholder="e.g. -2003" />
      </label>
      <div className="col-span-full flex items-center gap-3">
        <Button variant="primary" type="submit">
          Apply filters
        </Button>
        <Link href="/history" className={buttonStyles.secondary}>
          Clear filters
        </Link>
        <p aria-live="polite" className="text-sm text-slate-600">
          {pending ? 'Loading calls…' : ''}
        </p>
      </div>
    </form>
  );
}
