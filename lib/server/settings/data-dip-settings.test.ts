import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { AppError } from '@/lib/http/app-error';
import type { AuditActor } from '@/lib/server/audit/record-audit';
import { useTestDb } from '@/lib/testing/mock-db';
import { openTestDatabase, type TestDatabase } from '@/lib/testing/test-database';

vi.mock('@/lib/db', async () => (await import('@/lib/testing/mock-db')).mockDbModule);
vi.mock('./secret-box', async (original) => {
  const real = await original<typeof import('./secret-box')>();
  const box = real.createSecretBox(randomBytes(32));
  return { ...real, secretBox: () => box };
});

const {
  dataDipAllowHosts,
  dataDipAllowHostsInput,
  dataDipSecretInput,
  dataDipSecretValues,
  dataDipSettings,
  removeDataDipSecret,
  saveDataDipAllowHosts,
  saveDataDipSecret,
} = await import('./data-dip-settings');

// Data dip secrets and allowed hosts on a real database: sealed in app_setting, write-only
// through everything but dataDipSecretValues, and audited by name.

let database: TestDatabase;
let db: PrismaClient;
const admin: AuditActor = { type: 'user', id: 'u-admin', label: 'admin@example.test', ip: '192.0.2.1' };
const secret = `crm-${randomBytes(12).toString('hex')}`;

beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  useTestDb(db);
}, 60_000);

afterAll(async () => {
  await database.close();
});

describe('data dip secrets', () => {
  it('are stored encrypted, listed by name and date only, and audited without their value', async () => {
    const shown = await saveDataDipSecret('CRM_KEY', dataDipSecretInput.parse({ value: `  ${secret}  ` }), admin);
    expect(shown.secrets).toEqual([{ name: 'CRM_KEY', updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    expect(JSON.stringify(shown)).not.toContain(secret);

    const row = await db.appSetting.findUniqueOrThrow({ where: { key: 'dataDip.secret.CRM_KEY' } });
    expect(row.encrypted).toBe(true);
    expect(row.value).toMatch(/^v2\./);
    expect(row.value).not.toContain(secret);
    expect(await dataDipSecretValues()).toEqual({ CRM_KEY: secret });

    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'settings.data_dip_secret_save' }, orderBy: { id: 'desc' } });
    expect(entry).toMatchObject({ targetType: 'settings', targetId: 'data-dip-secret:CRM_KEY', summary: 'Added the data dip secret CRM_KEY (stored encrypted)' });
    expect(JSON.stringify({ ...entry, id: String(entry.id) })).not.toContain(secret);
  });

  it('are replaced and removed, each audited; removing one that is not there is a 404', async () => {
    await saveDataDipSecret('CRM_KEY', { value: 'second-value' }, admin);
    expect(await dataDipSecretValues()).toEqual({ CRM_KEY: 'second-value' });
    expect(JSON.stringify(await dataDipSettings())).not.toContain('second-value');
    expect((await db.auditEntry.findFirstOrThrow({ where: { action: 'settings.data_dip_secret_save' }, orderBy: { id: 'desc' } })).details).toEqual({
      name: 'CRM_KEY',
      replaced: true,
    });

    expect((await removeDataDipSecret('CRM_KEY', admin)).secrets).toEqual([]);
    expect(await db.appSetting.count({ where: { key: 'dataDip.secret.CRM_KEY' } })).toBe(0);
    expect(await db.auditEntry.count({ where: { action: 'settings.data_dip_secret_remove', targetId: 'data-dip-secret:CRM_KEY' } })).toBe(1);
    await expect(removeDataDipSecret('CRM_KEY', admin)).rejects.toEqual(new AppError('not_found', 'No data dip secret is named CRM_KEY'));
  });

  it('refuse values with line breaks or control characters, and empty ones', () => {
    for (const value of ['a\r\nX-Injected: 1', 'a\u0000b', '   ', 'x'.repeat(4097)]) {
      expect(dataDipSecretInput.safeParse({ value }).success, JSON.stringify(value.slice(0, 20))).toBe(false);
    }
  });
});

describe('allowed hosts', () => {
  it('are normalised, de-duplicated, stored as one setting and audited with what changed', async () => {
    const { hosts } = dataDipAllowHostsInput.parse({ hosts: ['API.internal', '2130706433', '127.0.0.1', '[::1]'] });
    expect(hosts).toEqual(['api.internal', '127.0.0.1', '::1']);
    expect((await saveDataDipAllowHosts(hosts, admin)).allowHosts).toEqual(hosts);
    expect(await dataDipAllowHosts()).toEqual(hosts);
    await saveDataDipAllowHosts(['api.internal', '10.0.0.5'], admin);
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'settings.data_dip_hosts_save' }, orderBy: { id: 'desc' } });
    expect(entry.summary).toBe('Saved the hosts data dips may reach although private: added 10.0.0.5; removed 127.0.0.1, ::1');
    await saveDataDipAllowHosts([], admin);
    expect(await dataDipAllowHosts()).toEqual([]);
    expect(await db.appSetting.count({ where: { key: 'dataDip.allowHosts' } })).toBe(0);
  });

  it('refuse entries that are not a host, naming which', () => {
    const parsed = dataDipAllowHostsInput.safeParse({ hosts: ['ok.example', 'https://x.example/', '*.example.com'] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path)).toEqual([['hosts', 1], ['hosts', 2]]);
  });
});
