'use client';

import { useState } from 'react';
import { DataDipHosts } from './data-dip-hosts';
import { DataDipSecrets } from './data-dip-secrets';
import type { DataDipSettings } from './settings-types';

/** Secrets and allowed private hosts for the flows' HTTP request steps. Values are never sent here. */
export function DataDipsSection({ initial }: { initial: DataDipSettings }) {
  const [settings, setSettings] = useState(initial);
  return (
    <section aria-labelledby="data-dips-heading" className="space-y-5">
      <div>
        <h2 id="data-dips-heading" className="text-lg font-semibold">
          Data dips
        </h2>
        <p className="text-sm text-slate-600">
          HTTP request steps call your own APIs during a call. A flow refers to a secret as{' '}
          <code className="font-mono">{'{{secrets.NAME}}'}</code>; the server fills it in when it sends the request and never shows or stores it anywhere else.
        </p>
      </div>
      <DataDipSecrets settings={settings} onChanged={setSettings} />
      <DataDipHosts hosts={settings.allowHosts} onChanged={setSettings} />
    </section>
  );
}
