import { requirePage } from '@/lib/auth/require-page';
import { LiveCallsView } from '@/components/live/live-calls-view';

export const metadata = { title: 'Live calls — IVR Studio' };

export default async function LivePage() {
  await requirePage('calls.read');
  return (
    <section aria-labelledby="live-heading" className="mx-auto max-w-6xl px-6 py-8">
      <LiveCallsView />
    </section>
  );
}
