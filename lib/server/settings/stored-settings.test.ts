import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The settings cache fails static: once it knows the settings, a database that stops
// answering keeps them served (and logged, and retried), never a failed webhook.

const database = vi.hoisted(() => ({
  rows: [] as Array<{ key: string; value: string; encrypted: boolean; updatedAt: Date }>,
  down: false,
  reads: 0,
}));

vi.mock('@/lib/db', () => ({
  db: {
    appSetting: {
      findMany: async () => {
        database.reads += 1;
        if (database.down) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        return database.rows;
      },
    },
  },
}));
vi.mock('./secret-box', () => ({ secretBox: () => ({ open: (sealed: string) => sealed, seal: (plain: string) => plain }) }));

const { storedSettings } = await import('./stored-settings');

const at = (seconds: number) => Date.parse('2026-11-25T12:00:00Z') + seconds * 1000;
const tokenOf = async (seconds: number) => (await storedSettings(at(seconds))).values['webhook.token']?.value;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(at(0));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  database.rows = [{ key: 'webhook.token', value: 'first-token', encrypted: true, updatedAt: new Date(at(0)) }];
  database.down = false;
  database.reads = 0;
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('storedSettings', () => {
  it('serves what it knows while the database is down, logs it, and picks up changes once it is back', async () => {
    expect(await tokenOf(0)).toBe('first-token');

    database.down = true;
    vi.setSystemTime(at(31));
    expect(await tokenOf(31)).toBe('first-token');
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/Settings refresh failed; serving the settings in memory/), expect.any(Error));

    // Tried again a few seconds later, not on every request meanwhile.
    const readsAfterFailure = database.reads;
    vi.setSystemTime(at(32));
    expect(await tokenOf(32)).toBe('first-token');
    expect(database.reads).toBe(readsAfterFailure);

    database.down = false;
    database.rows = [{ key: 'webhook.token', value: 'rotated-token', encrypted: true, updatedAt: new Date(at(40)) }];
    vi.setSystemTime(at(40));
    expect(await tokenOf(40)).toBe('rotated-token');
  });
});
