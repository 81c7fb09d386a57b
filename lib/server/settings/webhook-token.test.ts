import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/http/app-error';
import type { StoredSettings } from './stored-settings';

// The token policy with the settings cache, the credentials and the environment faked:
// what is accepted, and that nothing ever means "accept anything".

const state = vi.hoisted(() => ({
  settings: { values: {}, unreadable: [] } as StoredSettings,
  envToken: undefined as string | undefined,
  live: false,
  writes: [] as Array<{ key: string; value: string | null }>,
}));

vi.mock('@/lib/env', () => ({ env: () => ({ WEBHOOK_AUTH_TOKEN: state.envToken }) }));
vi.mock('@/lib/server/voice/voice-connection', () => ({ realCredentialsConfigured: async () => state.live }));
vi.mock('./stored-settings', () => ({
  settingKeys: { webhookToken: 'webhook.token', previousWebhookToken: 'webhook.previousToken', apiKey: 'voice.apiKey', subAccountId: 'voice.subAccountId' },
  storedSettings: async () => state.settings,
  writeSettings: async (writes: Array<{ key: 'webhook.token'; value: string | null }>, options: { keepExisting?: boolean }) => {
    state.writes.push(...writes);
    for (const { key, value } of writes) {
      if (value === null) delete state.settings.values[key];
      else if (!(options?.keepExisting && state.settings.values[key])) state.settings.values[key] = { value, updatedAt: new Date() };
    }
    return state.settings;
  },
}));

const { acceptedWebhookTokens, effectiveWebhookToken } = await import('./webhook-token');

const stored = (value: string, updatedAt = new Date()) => ({ value, updatedAt });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

beforeEach(() => {
  state.settings = { values: {}, unreadable: [] };
  state.envToken = undefined;
  state.live = false;
  state.writes = [];
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('acceptedWebhookTokens', () => {
  it('accepts the stored token, the previous one for ten minutes, and WEBHOOK_AUTH_TOKEN', async () => {
    const now = Date.now();
    state.envToken = 'env';
    state.settings.values = { 'webhook.token': stored('current'), 'webhook.previousToken': stored('previous', new Date(now - 60_000)) };
    expect(await acceptedWebhookTokens(now)).toEqual(['current', 'previous', 'env']);
    state.settings.values['webhook.previousToken'] = stored('previous', new Date(now - 11 * 60_000));
    expect(await acceptedWebhookTokens(now)).toEqual(['current', 'env']);
  });

  it('with real 8x8 credentials and no token: 401 saying how to get one', async () => {
    state.live = true;
    const error = await refusal(acceptedWebhookTokens());
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/No webhook token is configured.*register the webhooks/);
    expect(state.writes).toEqual([]);
  });

  it('a stored token that cannot be decrypted is 503, even with WEBHOOK_AUTH_TOKEN set, and is logged', async () => {
    state.envToken = 'env';
    state.settings.unreadable = ['webhook.token'];
    const error = await refusal(acceptedWebhookTokens());
    expect(error.status).toBe(503);
    expect(error.message).toMatch(/cannot be decrypted/);
    expect(console.error).toHaveBeenCalledWith(expect.stringMatching(/cannot be decrypted/));
  });

  it('sandbox mode with no token: one is made and stored once, and becomes the only one accepted', async () => {
    const [made] = await acceptedWebhookTokens();
    expect(made).toMatch(/^[\w-]{32}$/);
    expect(await acceptedWebhookTokens()).toEqual([made]);
    expect(state.writes).toHaveLength(1);
  });
});

describe('effectiveWebhookToken (what the sandbox sends)', () => {
  it('is the stored token, else WEBHOOK_AUTH_TOKEN', async () => {
    state.envToken = 'env';
    expect(await effectiveWebhookToken()).toBe('env');
    state.settings.values['webhook.token'] = stored('current');
    expect(await effectiveWebhookToken()).toBe('current');
  });

  it('is made on first need, the same one the webhooks then accept', async () => {
    const sent = await effectiveWebhookToken();
    expect(sent).toBeTruthy();
    expect(await acceptedWebhookTokens()).toEqual([sent]);
  });

  it('is not replaced while the stored one is unreadable (registering again replaces it)', async () => {
    state.settings.unreadable = ['webhook.token'];
    expect(await effectiveWebhookToken()).toBeUndefined();
    expect(state.writes).toEqual([]);
  });
});
