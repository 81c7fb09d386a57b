'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { withParams } from '@/components/history/history-params';
import { FlowFilter, PeriodSelect, filterInputStyles, filterLabelStyles } from '@/components/ui/filter-fields';
import { Button, buttonStyles } from '@/components/ui/button';
import { type PeriodKey } from '@/lib/analytics/analytics-period';

const inputStyles = filterInputStyles;
const labelStyles = filterLabelStyles;

type Props = { period: PeriodKey; params: Record<string, string>; flows: Array<{ id: string; name: string }> };

/** Period and flow as a form; applying rewrites the URL and the server page re-renders. */
export function AnalyticsFilters({ period: initialPeriod, params, flows }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [period, setPeriod] = useState<PeriodKey>(initialPeriod);
  const custom = period === 'custom';

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (key: string) => {
      const v = form.get(key);
      return typeof v === 'string' ? v.trim() : undefined;
    };
    const changes = { period, flowId: value('flowId'), from: custom ? value('from') : undefined, to: custom ? value('to') : undefined };
    startTransition(() => router.push(`/analytics${withParams({}, changes)}`));
  };

  return (
    <form onSubmit={apply} aria-label="Filter analytics" className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-4">
      <PeriodSelect name="period" value={period} onChange={setPeriod} className={inputStyles} />
      <label className={labelStyles}>
        From (UTC)
        <input name="from" type="date" disabled={!custom} defaultValue={params.from ?? ''} className={inputStyles} />
      </label>
      <label className={labelStyles}>
        To (UTC, inclusive)
        <input name="to" type="date" disabled={!custom} defaultValue={params.to ?? ''} className={inputStyles} />
      </label>
      <FlowFilter flows={flows} value={params.flowId} anyLabel="Every flow" />
      <div className="col-span-full flex items-center gap-3">
        <Button variant="primary" type="submit">
          Apply filters
        </Button>
        <Link href="/analytics" className={buttonStyles.secondary}>
          Reset
        </Link>
        <p aria-live="polite" className="text-sm text-slate-600">
          {pending ? 'Loading figures…' : ''}
        </p>
      </div>
    </form>
  );
}
