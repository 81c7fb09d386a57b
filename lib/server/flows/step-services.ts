import 'server-only';
import { renderRequest } from '@/lib/data-dip/render-request';
import type { DataDipAnswer, DataDipCall, StepServices } from '@/lib/flow/step-services';
import { runDataDip } from '@/lib/server/data-dip/run-data-dip';
import { dataDipAllowHosts, dataDipSecretValues } from '@/lib/server/settings/data-dip-settings';

/**
 * The secrets and the allow-list, from the settings cache (no query while it is fresh). With
 * the database down and nothing cached, a dip still runs: without secrets or allow-listed hosts.
 */
async function dipSettings(): Promise<{ secrets: Record<string, string>; allowHosts: string[] }> {
  const [secrets, allowHosts] = await Promise.all([dataDipSecretValues().catch(() => ({})), dataDipAllowHosts().catch(() => [])]);
  return { secrets, allowHosts };
}

/** Fills in the request with the call and the secrets, then runs it; never throws. */
export async function serverDataDip(call: DataDipCall): Promise<DataDipAnswer> {
  const { secrets, allowHosts } = await dipSettings();
  const rendered = renderRequest({ method: call.method, url: call.url, headers: call.headers, ...(call.body !== undefined && { body: call.body }) }, call.ctx, secrets);
  if (!rendered.ok) {
    return { outcome: 'failed', record: { method: call.method, url: rendered.shown.url, outcome: 'failed', status: null, ms: 0, response: '', error: rendered.error } };
  }
  const result = await runDataDip(rendered.request, { timeoutMs: call.timeoutMs, maxResponseBytes: call.maxResponseBytes, allowHosts });
  return {
    outcome: result.outcome,
    ...(result.json !== undefined && { json: result.json }),
    record: {
      method: call.method,
      url: result.url,
      outcome: result.outcome,
      status: result.status,
      ms: result.ms,
      response: result.response,
      ...(result.error !== undefined && { error: result.error }),
    },
  };
}

/** The I/O compile steps get on the webhook path. */
export const serverStepServices: StepServices = { dataDip: serverDataDip };
