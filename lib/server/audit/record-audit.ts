import 'server-only';
import type { AuditAction, AuditTargetType } from '@/lib/audit/audit-actions';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

// The one writer of audit_entry. The table is append-only (a trigger refuses UPDATE, DELETE
// and TRUNCATE), so every entry is written once, whole, here. Pass the transaction client
// of the change when there is one: the entry then commits or rolls back with it.

/**
 * Who made a change. A RequestActor (route handlers' third argument) is a user or token
 * actor as it is; "system" is the app itself (seeding, ADMIN_EMAIL at start); "anonymous"
 * is someone not signed in (a failed sign-in, labelled with the address they tried).
 */
export type AuditActor =
  | { type: 'user' | 'token'; id: string; label: string; ip: string | null }
  | { type: 'system'; label: string }
  | { type: 'anonymous'; label: string; ip: string | null };

export type AuditChange = {
  action: AuditAction;
  target?: { type: AuditTargetType; id: string };
  /** One line a person reads on /audit, e.g. `Published "Support" as v3 — since v2: steps 1 changed`. Never a secret. */
  summary: string;
  /** Structured facts for the API and the CSV. Never a secret (no API key, password or token). */
  details?: Prisma.InputJsonObject;
};

/** The client of db.$transaction(async (tx) => …), or db itself. */
export type AuditClient = Pick<Prisma.TransactionClient, 'auditEntry'>;

/** A user or token as the audit log names it; the address when the request gave one. */
export function auditActorOf(actor: { type: 'user' | 'token'; id: string; label: string; ip?: string | null }): AuditActor {
  return { type: actor.type, id: actor.id, label: actor.label, ip: actor.ip ?? null };
}

export function systemActor(label: string): AuditActor {
  return { type: 'system', label };
}

const maxLabel = 254;
const maxSummary = 500;

/** Labels and summaries can carry what a stranger typed (a failed sign-in's email): one line, bounded. */
function oneLine(text: string, max: number): string {
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

function entryData(actor: AuditActor, change: AuditChange, coalesceKey?: string): Prisma.AuditEntryCreateInput {
  return {
    actorType: actor.type,
    actorId: 'id' in actor ? actor.id : null,
    actorLabel: oneLine(actor.label, maxLabel) || '(none)',
    ip: 'ip' in actor ? actor.ip : null,
    action: change.action,
    targetType: change.target?.type ?? null,
    targetId: change.target?.id ?? null,
    summary: oneLine(change.summary, maxSummary),
    ...(change.details && { details: change.details }),
    coalesceKey: coalesceKey ?? null,
  };
}

/**
 * The insert as a Prisma promise, for a batch transaction beside the change:
 * `db.$transaction([change, auditInsert(actor, {...})])`.
 */
export function auditInsert(actor: AuditActor, change: AuditChange, client: AuditClient = db) {
  return client.auditEntry.create({ data: entryData(actor, change), select: { id: true } });
}

/** Writes one entry; inside the change's transaction when `client` is its transaction client. */
export async function recordAudit(actor: AuditActor, change: AuditChange, client: AuditClient = db): Promise<void> {
  await auditInsert(actor, change, client);
}

/** A draft-save session lasts this long from its first save (see recordDraftEdit). */
export const draftEditWindowMs = 30 * 60 * 1000;

/**
 * Autosaves are coalesced into one flow.edit entry per editing session. Entries cannot be
 * updated, so a session is recorded by its first save: a save writes an entry unless the same
 * actor's latest flow.edit entry for this flow is under 30 minutes old AND nothing else was
 * recorded about the flow since (a publish, a rename, someone else's save). A long session
 * thus gets an entry every 30 minutes, and edits on either side of a publish are never merged.
 * Returns whether an entry was written.
 */
export async function recordDraftEdit(
  actor: AuditActor,
  change: AuditChange & { target: { type: 'flow'; id: string } },
  client: AuditClient,
  now = new Date(),
): Promise<boolean> {
  const coalesceKey = `flow.edit:${change.target.id}:${actor.type}:${'id' in actor ? actor.id : actor.label}`;
  const last = await client.auditEntry.findFirst({ where: { coalesceKey }, orderBy: [{ at: 'desc' }, { id: 'desc' }], select: { id: true, at: true } });
  if (last && now.getTime() - last.at.getTime() < draftEditWindowMs) {
    const since = await client.auditEntry.count({
      where: { id: { gt: last.id }, at: { gte: last.at }, targetType: change.target.type, targetId: change.target.id },
    });
    if (since === 0) return false;
  }
  await client.auditEntry.create({ data: entryData(actor, change, coalesceKey), select: { id: true } });
  return true;
}
