import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { normalizePhoneNumber } from '@/lib/phone-number';
import { addOptOut } from '@/lib/server/do-not-call/add-opt-out';
import { scriptedDigits } from '@/lib/sandbox/control-api';
import type { PartyRegistration } from '@/lib/sandbox/engine/registry';

// The sandbox's per-number scripted answers and its call log, both in the database so that
// every app server's sandbox follows one script and the log witnesses every dial.

/** trunk_full: 8x8 creates the call, then it ends with session error -2010 "trunk capacity exceeded". */
export const scriptedAnswers = ['answer', 'busy', 'no_answer', 'failed', 'opt_out', 'trunk_full'] as const;
export type ScriptedAnswer = (typeof scriptedAnswers)[number];

export const setScriptsInput = z.strictObject({
  scripts: z.array(z.strictObject({ number: z.string().min(4).max(20), answers: z.array(z.enum(scriptedAnswers)).min(1).max(10) })).max(10_000),
  /** The calls' speed (as SANDBOX_SPEED): 0.02 plays them 50× faster. */
  speed: z.number().positive().max(100).optional(),
  /** What an answering party presses, in order (scriptedDigits' entries), e.g. ["1"]. */
  digits: scriptedDigits.optional(),
  /**
   * This server's sandbox trunk: calls it plays at once; an outbound call placed while it is full
   * ends with session error -2010. null: back to SANDBOX_TRUNK_CAPACITY (unlimited when unset).
   */
  trunkCapacity: z.number().int('trunkCapacity must be a whole number of calls').min(0).max(100_000).nullable().optional(),
});

type Script = { answers: ScriptedAnswer[]; speed?: number; digits?: z.infer<typeof scriptedDigits> };

export async function setScripts(input: z.infer<typeof setScriptsInput>): Promise<number> {
  const numbers = input.scripts.map((s) => normalizePhoneNumber(s.number));
  const answers = input.scripts.map((s) => JSON.stringify({ answers: s.answers, ...(input.speed !== undefined && { speed: input.speed }), ...(input.digits && { digits: input.digits }) } satisfies Script));
  return db.$executeRaw`
    INSERT INTO sandbox_script (number, answers)
    SELECT n, a::jsonb FROM unnest(${numbers}::text[], ${answers}::text[]) AS s(n, a)
    ON CONFLICT (number) DO UPDATE SET answers = EXCLUDED.answers`;
}

/** The answer for the next dial of `destination`: its script's answer for this dial (the last repeats). */
export type ScriptedDial = { answer: ScriptedAnswer; speed?: number; digits?: Script['digits'] };

export async function scriptedAnswer(destination: string): Promise<ScriptedDial | null> {
  const number = normalizePhoneNumber(destination);
  const rows = await db.$queryRaw<Array<{ answers: Script; dialed: bigint }>>`
    SELECT s.answers, (SELECT count(*) FROM sandbox_dial d WHERE d.destination = s.number) AS dialed
    FROM sandbox_script s WHERE s.number = ${number}`;
  const found = rows[0];
  if (!found) return null;
  const { answers, speed, digits } = found.answers;
  const answer = answers[Math.min(Number(found.dialed), answers.length - 1)];
  return answer ? { answer, ...(speed !== undefined && { speed }), ...(digits && { digits }) } : null;
}

const outcomeOf: Record<ScriptedAnswer, PartyRegistration['outcome']> = {
  answer: 'ANSWERED',
  opt_out: 'ANSWERED',
  busy: 'BUSY',
  no_answer: 'NO_ANSWER',
  failed: 'FAILED',
  trunk_full: 'TRUNK_FULL',
};

export const registrationFor = ({ answer, speed, digits }: ScriptedDial): PartyRegistration => ({
  party: { mode: 'scripted', digits: digits ?? [] },
  outcome: outcomeOf[answer],
  ...(speed !== undefined && { speed }),
});

/** Witness of a dial the sandbox accepted; an opt-out answer lists the number as the call's Opt out step would. */
export async function logDial(dial: { sessionId: string; clientRequestId: string | null; source: string; destination: string }, answer: ScriptedAnswer | null) {
  await db.sandboxDial.create({ data: { ...dial, destination: normalizePhoneNumber(dial.destination), server: String(env().PORT) } });
  if (answer === 'opt_out') await addOptOut(dial.destination, dial.sessionId);
}

export async function listDials(prefix: string) {
  const rows = await db.sandboxDial.findMany({
    where: prefix ? { destination: { startsWith: prefix } } : {},
    orderBy: { id: 'asc' },
    select: { sessionId: true, clientRequestId: true, destination: true, at: true, server: true },
  });
  return rows;
}
