import 'server-only';
import { db } from '@/lib/db';
import type { DoNotCallSource } from '@/lib/do-not-call/do-not-call-input';
import { toE164 } from '@/lib/e164';
import { recordAudit, systemActor } from '@/lib/server/audit/record-audit';
import type { DoNotCallClient } from './do-not-call-entry';

export type OptOutOutcome =
  | { outcome: 'added' | 'already_listed'; number: string }
  /** The caller's number cannot be stored (withheld, "anonymous", not E.164): nothing was written. */
  | { outcome: 'invalid'; problem: string };

/** The longest session id kept: the webhook schemas cap ids at 200 characters. */
const maxSessionId = 200;

/**
 * For the flow's "Opt out" step: the caller asked not to be called again. Stored with source
 * "opt_out", no actor and the call it happened in, and recorded in the audit log as the app's
 * own action naming the call. A number already listed keeps its first entry. Never throws for
 * a bad number (the step is on the call's path): the outcome says so. Pass the transaction
 * client of a change this belongs to; by default it runs in its own.
 */
export async function addOptOut(callerNumber: string, sessionId: string, client?: DoNotCallClient): Promise<OptOutOutcome> {
  const parsed = toE164(callerNumber);
  if (!parsed.ok) return { outcome: 'invalid', problem: `The caller's number cannot be listed: ${parsed.problem}` };
  if (!sessionId || sessionId.length > maxSessionId) return { outcome: 'invalid', problem: `The call's session id must be 1 to ${maxSessionId} characters` };
  const { number } = parsed;
  const write = async (tx: DoNotCallClient): Promise<OptOutOutcome> => {
    const created = await tx.doNotCall.createMany({ data: [{ number, source: 'opt_out' satisfies DoNotCallSource, addedBy: null, sessionId }], skipDuplicates: true });
    if (created.count === 0) return { outcome: 'already_listed', number };
    await recordAudit(
      systemActor('Opt out step'),
      {
        action: 'dnc.opt_out',
        target: { type: 'number', id: number },
        summary: `${number} opted out in call ${sessionId} and was added to the do-not-call list`,
        details: { sessionId },
      },
      tx,
    );
    return { outcome: 'added', number };
  };
  return client ? write(client) : db.$transaction(write);
}
