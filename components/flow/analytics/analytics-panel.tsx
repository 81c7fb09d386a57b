'use client';

import Link from 'next/link';
import { PeriodSelect, filterLabelStyles } from '@/components/ui/filter-fields';
import { Button } from '@/components/ui/button';
import { Table } from '@/components/ui/table';
import type { FlowOverlay } from '@/lib/analytics/flow-overlay-query';
import { CampaignFilter } from './campaign-filter';
import type { AnalyticsOverlay } from './use-analytics-overlay';
import { dashboardHref, isComplete } from './overlay-settings';

const fieldStyles = 'mt-0.5 block w-full rounded border border-slate-300 bg-white px-1.5 py-1 text-sm';
const labelStyles = filterLabelStyles;

/** The overlay's controls and summary: the side panel's Analytics tab while the overlay is on. */
export function AnalyticsPanel({
  flowId,
  overlay,
  shownVersion,
  onClose,
}: {
  flowId: string;
  overlay: AnalyticsOverlay;
  shownVersion: number | null;
  onClose: () => void;
}) {
  const { settings, setSettings, detail, version } = overlay;
  const versions = detail.status === 'ready' ? detail.flow.versions : [];
  const live = detail.status === 'ready' ? (detail.flow.publishedVersion?.version ?? null) : null;
  return (
    <div className="space-y-3 p-3 text-sm">
      <div className="flex items-start justify-between gap-2">
        <p className="text-xs text-slate-600">Calls per step of a published version: visits on each step, calls on each connection and output.</p>
        <Button variant="small" onClick={onClose} aria-label="Close analytics">
          Close
        </Button>
      </div>
      {detail.status === 'ready' && versions.length === 0 ? (
        <p>Not published yet. Analytics count the calls of published versions: publish the flow, then call it.</p>
      ) : (
        <div className="grid grid-cols-2 gap-2">
          <label className={labelStyles}>
            Version
            <select
              className={fieldStyles}
              value={version ?? ''}
              disabled={versions.length === 0}
              onChange={(event) => setSettings({ ...settings, version: Number(event.target.value) })}
            >
              {versions.map((v) => (
                <option key={v.id} value={v.version}>
                  {`Version ${v.version}${v.version === live ? ' (live)' : ''}`}
                </option>
              ))}
            </select>
          </label>
          <PeriodSelect className={fieldStyles} value={settings.period} onChange={(period) => setSettings({ ...settings, period })} />
          {settings.period === 'custom' && (
            <>
              <label className={labelStyles}>
                From (UTC)
                <input type="date" className={fieldStyles} value={settings.from} onChange={(event) => setSettings({ ...settings, from: event.target.value })} />
              </label>
              <label className={labelStyles}>
                To (UTC, inclusive)
                <input type="date" className={fieldStyles} value={settings.to} onChange={(event) => setSettings({ ...settings, to: event.target.value })} />
              </label>
            </>
          )}
          {overlay.campaigns && (
            <div className="col-span-2">
              <CampaignFilter campaigns={overlay.campaigns} settings={settings} onChange={setSettings} className={fieldStyles} />
            </div>
          )}
        </div>
      )}
      {overlay.unknownCampaign && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900">
          The link named a campaign that has not run this flow ({overlay.unknownCampaign}): every call is counted.
        </p>
      )}
      {version !== null && version !== shownVersion && overlay.versionStore.status === 'ready' && (
        <p className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900">
          Showing version {version}, read only, so the counts sit on its steps. Close analytics to get back to {shownVersion === null ? 'editing the draft' : `version ${shownVersion}`}.
        </p>
      )}
      <AnalyticsStatus overlay={overlay} />
      <div className="flex items-center justify-between gap-2">
        <Link href={dashboardHref(flowId, settings)} className="text-xs text-blue-800 underline">
          Open this period in the analytics dashboard
        </Link>
        {overlay.counts.status === 'ready' && (
          <Button variant="small" onClick={overlay.retry} title="Count again, up to now">
            Refresh
          </Button>
        )}
      </div>
    </div>
  );
}

/** Loading, error (with a retry), empty, or the totals and each menu's drop-off. */
function AnalyticsStatus({ overlay }: { overlay: AnalyticsOverlay }) {
  const { detail, versionStore, counts, version } = overlay;
  const error =
    detail.status === 'error' ? detail.message : versionStore.status === 'error' ? versionStore.message : counts.status === 'error' ? counts.message : null;
  if (error) {
    return (
      <div role="alert" className="space-y-2 rounded border border-rose-300 bg-rose-50 px-2 py-1.5 text-rose-900">
        <p>Could not load the analytics: {error}</p>
        <Button variant="small" onClick={overlay.retry}>
          Retry
        </Button>
      </div>
    );
  }
  if (detail.status === 'ready' && detail.flow.versions.length === 0) return null;
  if (!isComplete(overlay.settings)) return <p className="text-xs text-slate-600">Choose both dates.</p>;
  const data = overlay.view && counts.status === 'ready' ? counts.data : null;
  if (!data || version === null) {
    return (
      <p role="status" className="text-slate-600">
        Counting calls…
      </p>
    );
  }
  return <AnalyticsSummary data={data} />;
}

function AnalyticsSummary({ data }: { data: FlowOverlay }) {
  const { totals } = data;
  const of = data.campaign ? ` of campaign ${data.campaign.name}` : '';
  const notes = [
    totals.notAnswered > 0 && `${totals.notAnswered} unanswered callback${totals.notAnswered === 1 ? '' : 's'} not counted (nobody heard the flow).`,
    totals.unrecorded > 0 && `${totals.unrecorded} call${totals.unrecorded === 1 ? '' : 's'} without recorded steps (an apology, or made before steps were recorded).`,
    !data.balanced && 'Some calls started before steps were recorded, so a few counts may not add up.',
  ].filter((note): note is string => typeof note === 'string');
  if (totals.counted === 0) {
    return (
      <div role="status" className="space-y-1 text-slate-700">
        <p className="font-medium">
          No calls{of} on version {data.version.number} in this period.
        </p>
        {notes.map((note) => (
          <p key={note} className="text-xs text-slate-600">
            {note}
          </p>
        ))}
      </div>
    );
  }
  const inProgress = data.nodes.reduce((sum, n) => sum + n.inProgress, 0);
  const menus = data.nodes.flatMap((n) => (n.dropOff ? [{ nodeId: n.nodeId, ...n.dropOff }] : []));
  return (
    <div className="space-y-2">
      <p role="status">
        <span className="font-semibold">
          {totals.counted} call{totals.counted === 1 ? '' : 's'}
        </span>
        {of} on version {data.version.number}
        {inProgress > 0 ? `, ${inProgress} still in progress.` : '.'}
      </p>
      {menus.length > 0 && (
        <Table
          variant="plain"
          caption="Drop-off per menu"
          showCaption
          columns={[
            { header: 'Menu', rowHeader: true, className: 'truncate font-mono', cell: (menu) => menu.nodeId },
            { header: 'Hung up', align: 'right', cell: (menu) => menu.hangUps },
            { header: 'No input', align: 'right', cell: (menu) => menu.noInput },
            { header: 'Invalid', align: 'right', cell: (menu) => menu.invalid },
          ]}
          rows={menus}
          rowKey={(menu) => menu.nodeId}
        />
      )}
      {notes.map((note) => (
        <p key={note} className="text-xs text-slate-600">
          {note}
        </p>
      ))}
    </div>
  );
}
