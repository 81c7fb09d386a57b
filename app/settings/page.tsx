import { requirePage } from '@/lib/auth/require-page';
import { SettingsView } from '@/components/settings/settings-view';
import { listFlows } from '@/lib/server/flows/list-flows';
import { dataDipSettings } from '@/lib/server/settings/data-dip-settings';
import { voiceSetupStatus } from '@/lib/server/settings/voice-setup-status';

export const dynamic = 'force-dynamic';

export default async function SettingsPage() {
  await requirePage('settings.manage');
  const [status, flows, dataDips] = await Promise.all([voiceSetupStatus(), listFlows(), dataDipSettings()]);
  return (
    <section aria-labelledby="settings-heading" className="mx-auto max-w-6xl space-y-4 px-6 py-8">
      <div>
        <h1 id="settings-heading" className="text-2xl font-semibold">
          8x8 setup
        </h1>
        <p className="text-sm text-slate-600">How this app reaches the 8x8 Voice platform — or its own Sandbox — and how 8x8 reaches it; what flows’ HTTP requests may use.</p>
      </div>
      <SettingsView
        initialStatus={status}
        flows={flows.map((f) => ({ id: f.id, name: f.name, published: f.status === 'published' }))}
        dataDips={dataDips}
      />
    </section>
  );
}
