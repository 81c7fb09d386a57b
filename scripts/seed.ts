// npm run db:seed — the two templates as published flows, on an empty database only.
// Runs with the react-server condition (see package.json) so lib/server modules load.
import { closeDb } from '../lib/db';
import { env } from '../lib/env';
import { seedTemplates } from '../lib/server/flows/seed-templates';
import { ensureAdminFromEnv, hasAnyUser, issueSetupToken } from '../lib/server/users/first-admin';
import { appBaseUrl } from '../lib/server/voice/voice-connection';

export async function seed(): Promise<void> {
  try {
    const seeded = await seedTemplates(env().SANDBOX_NUMBERS);
    console.log(seeded.length ? `Seeded flows: ${seeded.join(', ')}` : 'Flows exist already: nothing seeded.');
    await prepareFirstAdmin();
  } finally {
    await closeDb();
  }
}

/** ADMIN_EMAIL makes the first admin; otherwise an empty database gets a one-time setup link. */
async function prepareFirstAdmin(): Promise<void> {
  if (await ensureAdminFromEnv()) {
    console.log(`Created the first admin from ADMIN_EMAIL (${env().ADMIN_EMAIL}).`);
    return;
  }
  if (await hasAnyUser()) return;
  const base = env().APP_BASE_URL ?? appBaseUrl().replace('127.0.0.1', 'localhost');
  const { url, file } = await issueSetupToken(base);
  console.log(`\n  No user yet. Open this one-time link to create the first admin:\n\n    ${url}\n\n  (also written to ${file})\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seed().catch((error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
