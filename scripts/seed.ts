// npm run db:seed — the two templates as published flows, on an empty database only.
// Runs with the react-server condition (see package.json) so lib/server modules load.
import { closeDb } from '../lib/db';
import { env } from '../lib/env';
import { seedTemplates } from '../lib/server/flows/seed-templates';

export async function seed(): Promise<void> {
  try {
    const seeded = await seedTemplates(env().SANDBOX_NUMBERS);
    console.log(seeded.length ? `Seeded flows: ${seeded.join(', ')}` : 'Flows exist already: nothing seeded.');
  } finally {
    await closeDb();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seed().catch((error: unknown) => {
    console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
