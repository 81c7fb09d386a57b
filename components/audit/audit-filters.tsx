'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTransition, type FormEvent } from 'react';
import { withParams, type HistoryParams } from '@/components/history/history-params';
import { filterInputStyles, filterLabelStyles } from '@/components/ui/filter-fields';
import { areaOf, auditActionLabels, auditActions, auditAreaLabels, auditAreas, auditTargetTypes } from '@/lib/audit/audit-actions';
import { auditFilterKeys } from '@/lib/audit/audit-query';
import { Button, buttonStyles } from '@/components/ui/button';

/** The audit log's filters as a form; applying them rewrites the URL and the server page re-renders. */
export function AuditFilters({ params }: { params: HistoryParams }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const changes: Record<string, string | undefined> = { page: undefined };
    for (const key of auditFilterKeys) {
      const value = form.get(key);
      changes[key] = typeof value === 'string' ? value.trim() : undefined;
    }
    startTransition(() => router.push(`/audit${withParams(params, changes)}`));
  };

  return (
    // Keyed on the query by the page, so back/forward re-fills the form.
    <form onSubmit={apply} aria-label="Filter the audit log" className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-4">
      <label className={filterLabelStyles}>
        What
        <select name="action" defaultValue={params.action ?? ''} className={filterInputStyles}>
          <option value="">Anything</option>
          {auditAreas.map((area) => (
            <optgroup key={area} label={auditAreaLabels[area]}>
              <option value={area}>All: {auditAreaLabels[area].toLowerCase()}</option>
              {auditActions
                .filter((action) => areaOf(action) === area)
                .map((action) => (
                  <option key={action} value={action}>
                    {auditActionLabels[action]}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className={filterLabelStyles}>
        Who (email, token name or id)
        <input name="actor" type="search" maxLength={254} defaultValue={params.actor ?? ''} className={filterInputStyles} placeholder="Anyone" />
      </label>
      <label className={filterLabelStyles}>
        Target type
        <select name="targetType" defaultValue={params.targetType ?? ''} className={filterInputStyles}>
          <option value="">Any target</option>
          {auditTargetTypes.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </label>
      <label className={filterLabelStyles}>
        Target id
        <input name="targetId" type="search" maxLength={200} defaultValue={params.targetId ?? ''} className={filterInputStyles} placeholder="e.g. a flow id or +6568332048" />
      </label>
      <label className={filterLabelStyles}>
        On or after
        <input name="from" type="date" defaultValue={params.from ?? ''} className={filterInputStyles} />
      </label>
      <label className={filterLabelStyles}>
        Before
        <input name="to" type="date" defaultValue={params.to ?? ''} className={filterInputStyles} />
      </label>
      <label className={`${filterLabelStyles} col-span-2`}>
        Summary contains
        <input name="q" type="search" maxLength={200} defaultValue={params.q ?? ''} className={filterInputStyles} placeholder="e.g. a flow name" />
      </label>
      <div className="col-span-full flex items-center gap-3">
        <Button type="submit" variant="primary">
          Apply filters
        </Button>
        <Link href="/audit" className={buttonStyles.secondary}>
          Clear filters
        </Link>
        <p aria-live="polite" className="text-sm text-slate-600">
          {pending ? 'Loading entries…' : ''}
        </p>
      </div>
    </form>
  );
}
