'use client';

import { filterLabelStyles } from '@/components/ui/filter-fields';
import type { FlowCampaign } from '@/lib/analytics/flow-overlay-query';
import type { FlowCampaignsState } from './use-flow-campaigns';
import { withCampaign, type OverlaySettings } from './overlay-settings';

const startedOn = (campaign: FlowCampaign) => campaign.startedAt.slice(0, 10);

/** Every call, or one campaign's: picking one counts its version over the days it ran. */
export function CampaignFilter({
  campaigns,
  settings,
  onChange,
  className,
}: {
  campaigns: FlowCampaignsState;
  settings: OverlaySettings;
  onChange: (settings: OverlaySettings) => void;
  className: string;
}) {
  if (campaigns.status === 'loading') return <p className="text-xs text-slate-600">Loading campaigns…</p>;
  if (campaigns.status === 'error') return <p className="text-xs text-rose-800">Campaigns could not be loaded: {campaigns.message}</p>;
  if (campaigns.campaigns.length === 0) return <p className="text-xs text-slate-600">No campaign has run this flow: every call is counted.</p>;
  const choose = (id: string) => {
    const campaign = campaigns.campaigns.find((c) => c.id === id);
    onChange(campaign ? withCampaign(settings, campaign, new Date()) : { ...settings, campaign: null });
  };
  return (
    <label className={filterLabelStyles}>
      Campaign
      <select className={className} value={settings.campaign ?? ''} onChange={(event) => choose(event.target.value)}>
        <option value="">All calls</option>
        {campaigns.campaigns.map((c) => (
          <option key={c.id} value={c.id}>
            {`${c.name} (started ${startedOn(c)}, version ${c.version})`}
          </option>
        ))}
      </select>
    </label>
  );
}
