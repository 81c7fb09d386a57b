import 'server-only';
import { db } from '@/lib/db';
import { secretBox } from './secret-box';

// Settings edited on the setup page, kept in app_setting. Read through an in-process
// cache because the webhook hot path needs the webhook token on every request and must
// not query for it: loaded once, reloaded after every write made by this process, and
// otherwise at most every 30 s (so a change made by another process shows within 30 s).
// The cache fails static: a refresh that fails (the database is down) keeps serving the
// settings already in memory, is logged, and is tried again a few seconds later — it never
// turns a webhook into a 500.

export const settingKeys = {
  subAccountId: 'voice.subAccountId',
  apiKey: 'voice.apiKey',
  webhookToken: 'webhook.token',
  /** The token before the last rotation, accepted for a short while (see webhook-token.ts). */
  previousWebhookToken: 'webhook.previousToken',
  /** Hosts data dips may reach although private: a JSON array of host names and IP literals. */
  dataDipAllowHosts: 'dataDip.allowHosts',
} as const;
/** One setting per named data dip secret: `dataDip.secret.<NAME>` (see data-dip-settings.ts). */
export const dataDipSecretPrefix = 'dataDip.secret.';
export type SettingKey = (typeof settingKeys)[keyof typeof settingKeys] | `${typeof dataDipSecretPrefix}${string}`;
const secretKeys: ReadonlySet<SettingKey> = new Set([settingKeys.apiKey, settingKeys.webhookToken, settingKeys.previousWebhookToken]);
const isSecretKey = (key: SettingKey) => secretKeys.has(key) || key.startsWith(dataDipSecretPrefix);

export type StoredValue = { value: string; updatedAt: Date };
export type StoredSettings = {
  values: Partial<Record<SettingKey, StoredValue>>;
  /** Secrets that could not be decrypted (the key changed): treated as unset, shown on the setup page. */
  unreadable: SettingKey[];
};

const maxAgeMs = 30_000;
/** After a failed refresh, the next try waits this long (the settings in memory serve meanwhile). */
const retryAfterFailureMs = 5_000;
let cache: { loadedAt: number; settings: StoredSettings } | null = null;
let loading: Promise<StoredSettings> | null = null;

export async function storedSettings(now: number = Date.now()): Promise<StoredSettings> {
  if (cache && now - cache.loadedAt < maxAgeMs) return cache.settings;
  const known = cache;
  // Nothing known yet: the first load's failure is the caller's. Known: a failed refresh
  // (logged in reload) serves what is known rather than failing the request.
  return known ? reload().catch(() => known.settings) : reload();
}

/**
 * Read now, for admin pages and their API: a change made through another server process — or
 * another of Next's module graphs (pages and route handlers keep separate caches) — shows at
 * once rather than within 30 s. Refreshes the cache too. Not for the webhook path.
 */
export function freshSettings(): Promise<StoredSettings> {
  return reload();
}

function reload(): Promise<StoredSettings> {
  // Concurrent requests after expiry share one query.
  loading ??= load()
    .then((settings) => {
      cache = { loadedAt: Date.now(), settings };
      return settings;
    })
    .catch((error: unknown) => {
      console.error(`Settings refresh failed; serving the settings in memory and trying again in ${retryAfterFailureMs / 1000} s:`, error);
      // Stale but known: keep serving it, and try again soon rather than on every request.
      if (cache) cache = { ...cache, loadedAt: Date.now() - maxAgeMs + retryAfterFailureMs };
      throw error;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

async function load(): Promise<StoredSettings> {
  const rows = await db.appSetting.findMany({ select: { key: true, value: true, encrypted: true, updatedAt: true } });
  const settings: StoredSettings = { values: {}, unreadable: [] };
  for (const row of rows) {
    const key = row.key as SettingKey;
    try {
      settings.values[key] = { value: row.encrypted ? secretBox().open(row.value, row.key) : row.value, updatedAt: row.updatedAt };
    } catch (error) {
      console.error(`Setting ${row.key}: ${error instanceof Error ? error.message : String(error)}`);
      settings.unreadable.push(key);
    }
  }
  return settings;
}

export type SettingWrite = { key: SettingKey; value: string | null };

/**
 * Sets (or, with null, deletes) settings together; secrets are encrypted. Refreshes the cache.
 * `keepExisting`: a setting that already has a row keeps it (INSERT … ON CONFLICT DO NOTHING),
 * so processes racing to create the same value all end up reading the first one written.
 */
export async function writeSettings(writes: SettingWrite[], { keepExisting = false } = {}): Promise<StoredSettings> {
  await db.$transaction(
    writes.map(({ key, value }) => {
      if (value === null) return db.appSetting.deleteMany({ where: { key } });
      const encrypted = isSecretKey(key);
      const data = { value: encrypted ? secretBox().seal(value, key) : value, encrypted };
      if (keepExisting) return db.appSetting.createMany({ data: [{ key, ...data }], skipDuplicates: true });
      return db.appSetting.upsert({ where: { key }, create: { key, ...data }, update: data });
    }),
  );
  cache = null;
  loading = null;
  return reload();
}
