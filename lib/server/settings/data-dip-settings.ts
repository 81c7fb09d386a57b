import 'server-only';
import { z } from 'zod';
import { variableNamePattern } from '@/lib/flow/template-text';
import { AppError } from '@/lib/http/app-error';
import { allowHostLimits, normalizeAllowHost } from '@/lib/server/data-dip/allow-hosts';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
import { dataDipSecretPrefix, freshSettings, settingKeys, storedSettings, writeSettings, type SettingKey, type StoredSettings } from './stored-settings';

// What data dips need from the admin: named secrets, which flows use as {{secrets.NAME}}
// (stored encrypted, one setting each; write-only — nothing here returns a value except
// dataDipSecretValues, for the server's own requests), and the hosts they may reach although
// private. Both are read from the settings cache, so a webhook running a data dip makes no
// query for them. Audit entries name a secret, never its value.

export const dataDipSecretLimits = { count: 50, valueChars: 4096 } as const;

export const dataDipSecretName = z
  .string()
  .regex(variableNamePattern, 'Name the secret with letters, digits and _ (not starting with a digit, at most 32 characters), e.g. CRM_API_KEY');

export const dataDipSecretInput = z.object({
  value: z
    .string()
    .trim()
    .min(1, 'value is required')
    .max(dataDipSecretLimits.valueChars, `value is at most ${dataDipSecretLimits.valueChars} characters`)
    // Secrets mostly go into headers, where a line break would start another header.
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), 'value must not hold line breaks or other control characters'),
});
export type DataDipSecretInput = z.infer<typeof dataDipSecretInput>;

export const dataDipAllowHostsInput = z.object({
  hosts: z
    .array(z.string().max(1000, 'a host is at most 1000 characters'))
    .max(allowHostLimits.entries, `at most ${allowHostLimits.entries} hosts`)
    .transform((hosts, ctx) => {
      const normal = new Set<string>();
      hosts.forEach((entry, index) => {
        const result = normalizeAllowHost(entry);
        if ('problem' in result) ctx.addIssue({ code: 'custom', path: [index], message: result.problem });
        else normal.add(result.host);
      });
      return [...normal];
    }),
});

/** What the settings page and API show: names and dates, never a value. */
export type DataDipSettings = {
  secrets: Array<{ name: string; updatedAt: string }>;
  allowHosts: string[];
  /** Secrets the current key cannot decrypt (SECRETS_KEY changed): save them again. */
  unreadable: string[];
};

const secretKey = (name: string): SettingKey => `${dataDipSecretPrefix}${name}`;
const secretNames = (settings: StoredSettings) =>
  Object.keys(settings.values)
    .filter((key) => key.startsWith(dataDipSecretPrefix))
    .map((key) => key.slice(dataDipSecretPrefix.length));

function allowHostsOf({ values }: StoredSettings): string[] {
  const stored = values[settingKeys.dataDipAllowHosts]?.value;
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter((host): host is string => typeof host === 'string') : [];
  } catch {
    return [];
  }
}

/** For the admin's page and API: read fresh, so what was just saved anywhere shows. */
export async function dataDipSettings(): Promise<DataDipSettings> {
  return shown(await freshSettings());
}

function shown(settings: StoredSettings): DataDipSettings {
  return {
    secrets: secretNames(settings)
      .sort()
      .map((name) => ({ name, updatedAt: settings.values[secretKey(name)]!.updatedAt.toISOString() })),
    allowHosts: allowHostsOf(settings),
    unreadable: settings.unreadable.filter((key) => key.startsWith(dataDipSecretPrefix)).map((key) => key.slice(dataDipSecretPrefix.length)),
  };
}

/** The secrets' values, for filling in a request on the server. Never send them to a browser or store them elsewhere. */
export async function dataDipSecretValues(): Promise<Record<string, string>> {
  const settings = await storedSettings();
  return Object.fromEntries(secretNames(settings).map((name) => [name, settings.values[secretKey(name)]!.value]));
}

/** The names of the secrets (never values), for lint; undefined when the settings cannot be read now. */
export async function dataDipSecretNames(): Promise<ReadonlySet<string> | undefined> {
  return storedSettings()
    .then((settings) => new Set(secretNames(settings)))
    .catch(() => undefined);
}

export async function dataDipAllowHosts(): Promise<string[]> {
  return allowHostsOf(await storedSettings());
}

export async function saveDataDipSecret(name: string, input: DataDipSecretInput, actor: AuditActor): Promise<DataDipSettings> {
  const settings = await freshSettings();
  const names = secretNames(settings);
  const replaced = names.includes(name) || settings.unreadable.includes(secretKey(name));
  if (!replaced && names.length >= dataDipSecretLimits.count) {
    throw new AppError('conflict', `There are already ${dataDipSecretLimits.count} data dip secrets: delete one first`);
  }
  const after = await writeSettings([{ key: secretKey(name), value: input.value }]);
  await recordAudit(actor, {
    action: 'settings.data_dip_secret_save',
    target: { type: 'settings', id: `data-dip-secret:${name}` },
    summary: `${replaced ? 'Replaced' : 'Added'} the data dip secret ${name} (stored encrypted)`,
    details: { name, replaced },
  });
  return shown(after);
}

export async function removeDataDipSecret(name: string, actor: AuditActor): Promise<DataDipSettings> {
  const settings = await freshSettings();
  if (!secretNames(settings).includes(name) && !settings.unreadable.includes(secretKey(name))) {
    throw new AppError('not_found', `No data dip secret is named ${name}`);
  }
  const after = await writeSettings([{ key: secretKey(name), value: null }]);
  await recordAudit(actor, {
    action: 'settings.data_dip_secret_remove',
    target: { type: 'settings', id: `data-dip-secret:${name}` },
    summary: `Removed the data dip secret ${name}; flows that use {{secrets.${name}}} now fail that step`,
    details: { name },
  });
  return shown(after);
}

export async function saveDataDipAllowHosts(hosts: readonly string[], actor: AuditActor): Promise<DataDipSettings> {
  const before = allowHostsOf(await freshSettings());
  const after = await writeSettings([{ key: settingKeys.dataDipAllowHosts, value: hosts.length > 0 ? JSON.stringify(hosts) : null }]);
  const added = hosts.filter((host) => !before.includes(host));
  const removed = before.filter((host) => !hosts.includes(host));
  const change = [added.length > 0 && `added ${added.join(', ')}`, removed.length > 0 && `removed ${removed.join(', ')}`].filter(Boolean).join('; ');
  await recordAudit(actor, {
    action: 'settings.data_dip_hosts_save',
    target: { type: 'settings', id: 'data-dip-hosts' },
    summary: `Saved the hosts data dips may reach although private: ${change || 'no change'}`,
    details: { hosts: [...hosts], added, removed },
  });
  return shown(after);
}
