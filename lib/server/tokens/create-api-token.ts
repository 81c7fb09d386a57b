import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { canGrant } from '@/lib/auth/grantable-role';
import { roleName, roles } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { auditActorOf, recordAudit } from '@/lib/server/audit/record-audit';
import { hashApiToken, newApiTokenSecret } from './api-token-secret';

/** Characters of the token kept in clear, to recognise it in the list: "ivr_" and 8 of its 43 random ones. */
export const apiTokenPrefixLength = 12;

export const createApiTokenInput = z.strictObject({
  name: z.string().trim().min(1, 'enter a name').max(100, 'at most 100 characters'),
  role: z.enum(roles, { error: `role must be one of ${roles.join(', ')}` }),
  /** Absent or null: the token works until revoked. */
  expiresInDays: z.number().int('a whole number of days').min(1, 'at least 1 day').max(3650, 'at most 3650 days').nullish(),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenInput>;

/** Who made a token, as the list shows it. */
export function creatorLabel(actor: Actor): string {
  return actor.type === 'token' ? `token “${actor.label}”` : actor.label;
}

/** A new token. Only its SHA-256 and prefix are stored: the token itself is in this answer alone. */
export async function createApiToken(actor: Actor & { ip?: string | null }, input: CreateApiTokenInput, now = new Date()) {
  if (!canGrant(actor.role, input.role)) {
    throw new AppError('forbidden', `You cannot make a token with the ${roleName(input.role)} role: it is above your own (${roleName(actor.role)})`);
  }
  const token = newApiTokenSecret();
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
    data: {
      name: input.name,
      role: input.role,
      tokenHash: hashApiToken(token),
      prefix: token.slice(0, apiTokenPrefixLength),
      createdBy: creatorLabel(actor),
      createdAt: now,
      expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null,
    },
    select: { id: true, name: true, role: true, prefix: true, createdBy: true, createdAt: true, expiresAt: true },
    });
    const expiry = created.expiresAt ? `expires ${created.expiresAt.toISOString().slice(0, 10)}` : 'never expires';
    await recordAudit(
      auditActorOf(actor),
      {
        action: 'token.create',
        target: { type: 'token', id: created.id },
        summary: `Created API token "${created.name}" (${roleName(input.role)}, ${created.prefix}…, ${expiry})`,
        details: { name: created.name, role: created.role, prefix: created.prefix, expiresAt: created.expiresAt?.toISOString() ?? null },
      },
      tx,
    );
    return created;
  });
  return { ...row, token };
}
