import type { VoiceSetupStatus } from './settings-types';

const sourceText = {
  stored: 'with the credentials saved below',
  env: 'with VOICE_SUBACCOUNT_ID and VOICE_API_KEY from the environment',
  sandbox: 'no 8x8 credentials: calls and webhooks stay inside this app',
} as const;

/** Where the product talks to, at a glance. */
export function ConnectionBadge({ status }: { status: VoiceSetupStatus }) {
  const live = status.mode === 'live';
  return (
    <div role="status" aria-label="Voice platform" className="flex flex-wrap items-center gap-3">
      <span
        className={
          live
            ? 'rounded-full bg-emerald-100 px-3 py-1 text-sm font-semibold text-emerald-900'
            : 'rounded-full bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900'
        }
      >
        {live ? 'Connected to 8x8' : 'Sandbox'}
      </span>
      <span className="text-sm text-slate-700">
        {live ? `Subaccount ${status.subAccountId}, ${sourceText[status.source]}.` : `Using the Sandbox — ${sourceText.sandbox}.`}
      </span>
      {!live && status.sandbox.reason && (
        <span className="w-full text-sm text-rose-900">{status.sandbox.reason}: no call can be placed until 8x8 credentials are saved below.</span>
      )}
    </div>
  );
}
