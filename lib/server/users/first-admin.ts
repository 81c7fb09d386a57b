import 'server-only';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { recordAudit, systemActor } from '@/lib/server/audit/record-audit';
import { createUserWithPassword, type NewUser } from './create-user';

// The first admin. On a database with no user, `npm start` (scripts/start.ts) makes a one-time
// setup token, prints the link and writes it to DATA_DIR/setup-link.txt; only that token
// lets someone create the first admin. ADMIN_EMAIL + ADMIN_PASSWORD do it without a browser.

const setupTokenKey = 'auth.setupToken';

export async function hasAnyUser(): Promise<boolean> {
  return (await db.user.count()) > 0;
}

/** ADMIN_EMAIL/ADMIN_PASSWORD on an empty database: the first admin, made at start. */
export async function ensureAdminFromEnv(): Promise<boolean> {
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = env();
  if (!ADMIN_EMAIL || !ADMIN_PASSWORD || (await hasAnyUser())) return false;
  const user = await createUserWithPassword({ email: ADMIN_EMAIL, name: ADMIN_EMAIL.split('@')[0]!, password: ADMIN_PASSWORD, role: 'admin' });
  await recordAudit(systemActor('ADMIN_EMAIL'), {
    action: 'auth.first_admin',
    target: { type: 'user', id: user.id },
    summary: `Created the first admin, ${user.email}, from ADMIN_EMAIL at start`,
    details: { email: user.email, via: 'ADMIN_EMAIL' },
  });
  return true;
}

/** A new setup token (replacing any earlier one), with the file that holds the link. */
export async function issueSetupToken(baseUrl: string): Promise<{ url: string; file: string }> {
  const token = randomBytes(24).toString('base64url');
  await db.appSetting.upsert({ where: { key: setupTokenKey }, create: { key: setupTokenKey, value: token }, update: { value: token } });
  const url = `${baseUrl.replace(/\/+$/, '')}/setup?token=${token}`;
  const file = path.resolve(env().DATA_DIR, 'setup-link.txt');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${url}\n`, { mode: 0o600 });
  return { url, file };
}

export async function isValidSetupToken(token: string | undefined): Promise<boolean> {
  if (!token || (await hasAnyUser())) return false;
  const row = await db.appSetting.findUnique({ where: { key: setupTokenKey }, select: { value: true } });
  if (!row) return false;
  const [a, b] = [Buffer.from(row.value), Buffer.from(token)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Creates the first admin with the setup token; the token is then spent. `ip` is the caller's, for the audit log. */
export async function createFirstAdmin(token: string, input: Omit<NewUser, 'role'>, ip: string | null): Promise<{ id: string; email: string }> {
  if (!(await isValidSetupToken(token))) {
    const { AppError } = await import('@/lib/http/app-error');
    throw new AppError('forbidden', 'This setup link is not valid: it was used already, or the app was restarted and printed a new one');
  }
  const user = await createUserWithPassword({ ...input, role: 'admin' });
  await db.appSetting.deleteMany({ where: { key: setupTokenKey } });
  rmSync(path.resolve(env().DATA_DIR, 'setup-link.txt'), { force: true });
  // Nobody was signed in: the entry is the new admin's own first act.
  await recordAudit(
    { type: 'user', id: user.id, label: user.email, ip },
    { action: 'auth.first_admin', target: { type: 'user', id: user.id }, summary: `Created the first admin, ${user.email}, with the setup link`, details: { email: user.email, via: 'setup link' } },
  );
  return user;
}
