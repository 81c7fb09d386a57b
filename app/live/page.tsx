import { LiveCallsView } from '@/components/live/live-calls-view';

export const metadata = { title: 'Live calls — IVR Studio' };

export default function LivePage() {
  return (
    <section aria-labelledby="live-heading" className="mx-auto max-w-6xl px-6 py-8">
      <LiveCallsView />
    </section>
  );
}
