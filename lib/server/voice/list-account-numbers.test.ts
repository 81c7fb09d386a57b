import { describe, expect, it } from 'vitest';
import type { VirtualNumber } from '@/lib/eightbyeight/api-schemas';
import { VoiceApiError, type VoiceClient } from '@/lib/eightbyeight/client';
import { AppError } from '@/lib/http/app-error';
import { createAccountNumbers } from './list-account-numbers';
import type { VoiceConnection } from './voice-connection';

const connection = (mode: VoiceConnection['mode'], listNumbers: () => Promise<VirtualNumber[]>): VoiceConnection => ({
  mode,
  client: { listNumbers } as unknown as VoiceClient,
});
const sandboxNumbers = () => ['+6568332048', '6561115777'];
const notFound = () => Promise.reject(new VoiceApiError('http', 'http://x/numbers', 'HTTP 404', { httpStatus: 404 }));

describe('listAccountNumbers', () => {
  it('gives 8x8’s numbers as +E.164 with a label from what 8x8 says about them', async () => {
    const list = createAccountNumbers(
      () => connection('live', async () => [{ msisdn: '6531589338', countryCode: 'SG', numberType: 'LOCAL', operationalStatus: 'ACTIVE' }, { msisdn: '+6560000000' }]),
      sandboxNumbers,
    );
    expect(await list()).toEqual({ source: '8x8', numbers: [{ number: '+6531589338', label: 'SG · LOCAL · ACTIVE' }, { number: '+6560000000' }] });
  });

  it('accepts an async connection', async () => {
    const list = createAccountNumbers(async () => connection('sandbox', async () => [{ msisdn: '+6568332048' }]), sandboxNumbers);
    expect(await list()).toEqual({ source: 'sandbox', numbers: [{ number: '+6568332048' }] });
  });

  it('falls back to the configured numbers when the sandbox has no numbers endpoint', async () => {
    const list = createAccountNumbers(() => connection('sandbox', notFound), sandboxNumbers);
    expect(await list()).toEqual({
      source: 'sandbox',
      numbers: [
        { number: '+6568332048', label: 'Sandbox number' },
        { number: '+6561115777', label: 'Sandbox number' },
      ],
    });
  });

  it('answers 502 naming the failure when 8x8 cannot give the list', async () => {
    const list = createAccountNumbers(() => connection('live', notFound), sandboxNumbers);
    const error = await list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(502);
    expect((error as AppError).message).toMatch(/^8x8 did not give the account's numbers: HTTP 404/);
  });
});
