import 'server-only';
import type { Role } from '@/lib/auth/permissions';
import { auth } from '@/lib/auth/auth';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';

export type NewUser = { email: string; name: string; password: string; role: Role };

/**
 * A user who signs in with a password, hashed by Better Auth (scrypt). There is no public
 * sign-up: the first admin (setup link or ADMIN_EMAIL) and invitations come through here.
 */
export async function createUserWithPassword(input: NewUser): Promise<{ id: string; email: string }> {
  const email = input.email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError('conflict', `A user with the email ${email} already exists`);
  }
  const context = await auth().$context;
  const hash = await context.password.hash(input.password);
  const user = await context.internalAdapter.createUser(
    { email, name: input.name.trim(), emailVerified: true, role: input.role, active: true },
    { method: 'admin' },
  );
  await context.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: hash });
  return { id: user.id, email };
}
