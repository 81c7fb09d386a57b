import { vcaReply, type VcaReply } from '@/lib/eightbyeight/callflow';
import { describeIssues } from '@/lib/http/readable-parse';
import { validateCallflow } from '../validate-callflow';
import type { SandboxCall } from './call';
import { deliver } from './deliver';
import { SessionError } from './speech';

const invalidCallflow = -2003;

/**
 * POSTs a VCA and returns the next callflow from its reply, checked as 8x8 checks a
 * reply (no makeCall-first rule). A reply that is not a valid callflow, or no reply,
 * ends the session with -2003.
 */
export async function exchangeVca(call: SandboxCall, body: object): Promise<VcaReply> {
  const delivery = await deliver(call, 'VCA', body);
  if (!delivery.ok) throw new SessionError(invalidCallflow, `Invalid call flow: no callflow from the VCA webhook (${delivery.error})`);
  if (isEmptyCallflow(delivery.json)) {
    // Nothing more to run (e.g. no continuation after a bridged call): the call ends.
    call.record({ kind: 'reply', reply: delivery.json, clientActionId: null });
    return { callflow: [] };
  }
  const refusal = validateCallflow(delivery.json, {
    requireMakeCallFirst: false,
    speechProfiles: call.deps.speechProfiles,
    allowedSources: new Set(call.deps.numbers),
    now: new Date(),
  });
  const parsed = vcaReply.safeParse(delivery.json);
  const problem = refusal ? `${refusal.statusCode} ${refusal.statusMessage}` : parsed.success ? null : describeIssues(parsed.error.issues);
  if (problem || !parsed.success) {
    call.record({ kind: 'reply', reply: delivery.json, error: `invalid callflow: ${problem}` });
    throw new SessionError(invalidCallflow, `Invalid call flow in the VCA reply: ${problem}`);
  }
  call.record({ kind: 'reply', reply: parsed.data, clientActionId: parsed.data.clientActionId ?? null });
  return parsed.data;
}

function isEmptyCallflow(json: unknown): boolean {
  return typeof json === 'object' && json !== null && Array.isArray((json as { callflow?: unknown }).callflow) && (json as { callflow: unknown[] }).callflow.length === 0;
}
