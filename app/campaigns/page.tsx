import Link from 'next/link';
import { CampaignList } from '@/components/campaigns/campaign-list';
import { buttonStyles } from '@/components/ui/button';
import { can } from '@/lib/auth/permissions';
import { requirePage } from '@/lib/auth/require-page';
import { listCampaigns } from '@/lib/server/campaigns/get-campaign';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Campaigns — IVR Studio' };

export default async function CampaignsPage() {
  const actor = await requirePage('campaigns.read');
  const campaigns = await listCampaigns();
  return (
    <section aria-labelledby="campaigns-heading" className="mx-auto max-w-6xl space-y-4 px-6 py-8">
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="campaigns-heading" className="text-2xl font-semibold">
          Campaigns
        </h1>
        {can(actor.role, 'campaigns.run') && (
          <Link href="/campaigns/new" className={`${buttonStyles.primary} ml-auto`}>
            New campaign
          </Link>
        )}
        <p className="w-full text-sm text-slate-600">
          Outbound calls to a list of contacts, run by the server at the pace and in the calling hours you set: close the tab, they go on.
        </p>
      </div>
      <CampaignList campaigns={campaigns.map((c) => ({ ...c, contacts: c._count.contacts, createdAt: c.createdAt.toISOString() }))} />
    </section>
  );
}
