import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/auth/actor';
import { roleName, roles } from '@/lib/auth/permissions';
import { emailField } from '@/lib/auth/user-input';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { auditActorOf, recordAudit } from '@/lib/server/audit/record-audit';
import { appBaseUrl } from '@/lib/server/voice/voice-connection';
import { hashInviteToken, newInviteToken } from './invite-token';

export const inviteUserInput = z.object({
  email: emailField,
  role: z.enum(roles, { error: `role must be one of ${roles.join(', ')}` }),
  /** How long the link works. */
  expiresInDays: z.number().int().min(1).max(30).default(7),
});
export type InviteUserInput = z.infer<typeof inviteUserInput>;

export type CreatedInvite = { id: string; email: string; role: string; expiresAt: Date; url: string };

/** An invitation link for an email and a role. The link (with its token) is only in this answer. */
export async function inviteUser(actor: Actor, input: InviteUserInput, now = new Date()): Promise<CreatedInvite> {
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError('conflict', `${input.email} has an account already: change its role on the Users page instead`);
  }
  const token = newInviteToken();
  const invite = await db.$transaction(async (tx) => {
    const created = await tx.userInvite.create({
    data: {
      tokenHash: hashInviteToken(token),
      email: input.email,
      role: input.role,
      invitedBy: actor.label,
      expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000),
    },
    select: { id: true, email: true, role: true, expiresAt: true },
    });
    // Never the link: it is the invitee's credential.
    await recordAudit(
      auditActorOf(actor),
      {
        action: 'user.invite',
        target: { type: 'invite', id: created.id },
        summary: `Invited ${created.email} as ${roleName(input.role)} (link expires ${created.expiresAt.toISOString().slice(0, 10)})`,
        details: { email: created.email, role: created.role, expiresAt: created.expiresAt.toISOString() },
      },
      tx,
    );
    return created;
  });
  return { ...invite, url: `${appBaseUrl()}/invite/${token}` };
}
