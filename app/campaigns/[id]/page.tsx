import { AttemptsTable } from '@/components/campaigns/attempts-table';
import { CampaignDetail } from '@/components/campaigns/campaign-detail';
import { Pager } from '@/components/ui/pager';
import { requirePage } from '@/lib/auth/require-page';
import { getCampaign, listAttempts } from '@/lib/server/campaigns/get-campaign';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Campaign — IVR Studio' };

const pageSize = 50;

export default async function CampaignPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePage('campaigns.read');
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const page = Math.max(1, Number.parseInt(typeof query.page === 'string' ? query.page : '1', 10) || 1);
  const [campaign, attempts] = await Promise.all([getCampaign(id), listAttempts(id, page, pageSize)]);
  return (
    <section aria-labelledby="campaign-heading" className="mx-auto max-w-6xl space-y-6 px-6 py-8">
      <CampaignDetail id={id} initial={JSON.parse(JSON.stringify(campaign))} />
      <section aria-labelledby="attempts-heading" className="space-y-3">
        <h2 id="attempts-heading" className="text-lg font-semibold">
          Contacts and their attempts
        </h2>
        <AttemptsTable contacts={JSON.parse(JSON.stringify(attempts.contacts))} />
        <Pager page={attempts.page} pages={attempts.pages} href={(p) => `/campaigns/${id}?page=${p}`} />
      </section>
    </section>
  );
}
