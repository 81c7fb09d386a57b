import { NewCampaign } from '@/components/campaigns/new-campaign';
import { requirePage } from '@/lib/auth/require-page';
import { listFlows } from '@/lib/server/flows/list-flows';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'New campaign — IVR Studio' };

export default async function NewCampaignPage() {
  await requirePage('campaigns.run');
  const flows = (await listFlows()).filter((f) => f.status === 'published').map((f) => ({ id: f.id, name: f.name }));
  return (
    <section aria-labelledby="new-campaign-heading" className="mx-auto max-w-4xl space-y-4 px-6 py-8">
      <h1 id="new-campaign-heading" className="text-2xl font-semibold">
        New campaign
      </h1>
      <NewCampaign flows={flows} />
    </section>
  );
}
