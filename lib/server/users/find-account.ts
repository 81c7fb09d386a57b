import 'server-only';
import { db } from '@/lib/db';

/** The signed-in person's own account, for /account: who they are and whether they have a password here. */
export async function findAccount(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, createdAt: true, accounts: { select: { providerId: true } } },
  });
  if (!user) return null;
  const { accounts, ...rest } = user;
  return { ...rest, hasPassword: accounts.some((a) => a.providerId === 'credential') };
}
