'use client';

import { useState } from 'react';
import { ConnectionBadge } from './connection-badge';
import { CredentialsForm } from './credentials-form';
import { DataDipsSection } from './data-dips-section';
import { NumbersSection } from './numbers-section';
import type { DataDipSettings, FlowChoice, VoiceSetupStatus } from './settings-types';
import { TestConnection } from './test-connection';
import { WebhooksSection } from './webhooks-section';

/** The 8x8 setup page; the server page supplies the status and the flows. */
export function SettingsView({ initialStatus, flows, dataDips }: { initialStatus: VoiceSetupStatus; flows: FlowChoice[]; dataDips: DataDipSettings }) {
  const [status, setStatus] = useState(initialStatus);
  const card = 'space-y-3 rounded-lg border border-slate-200 bg-white p-5';
  return (
    <div className="space-y-6">
      <div className={card}>
        <ConnectionBadge status={status} />
        <TestConnection />
      </div>
      <div className={card}>
        <CredentialsForm status={status} onChanged={setStatus} />
        {status.envCredentials && (
          <p className="text-sm text-slate-600">
            VOICE_SUBACCOUNT_ID and VOICE_API_KEY are set in the environment; credentials saved here take precedence over them.
          </p>
        )}
      </div>
      <div className={card}>
        <WebhooksSection
          key={`${status.mode}:${status.subAccountId}`}
          mode={status.mode}
          baseUrl={status.webhookBaseUrl}
          baseProblem={status.webhookBaseProblem}
          canTestDelivery={status.mode === 'sandbox' && status.sandbox.enabled}
        />
      </div>
      <div className={card}>
        <NumbersSection key={`${status.mode}:${status.subAccountId}`} mode={status.mode} flows={flows} />
      </div>
      <div className={card}>
        <DataDipsSection initial={dataDips} />
      </div>
    </div>
  );
}
