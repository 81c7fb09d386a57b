import 'server-only';
import type { VirtualNumber } from '@/lib/eightbyeight/api-schemas';
import { VoiceApiError } from '@/lib/eightbyeight/client';
import { env } from '@/lib/env';
import { AppError } from '@/lib/http/app-error';
import { normalizePhoneNumber } from '@/lib/phone-number';
import { voiceConnection, type VoiceConnection } from './voice-connection';

export type AccountNumber = { number: string; label?: string };
export type AccountNumbers = { source: 'sandbox' | '8x8'; numbers: AccountNumber[] };

/**
 * The subaccount's virtual numbers: the caller ids 8x8 accepts for outbound calls.
 * `connect` may still be synchronous while voiceConnection() becomes async.
 */
export function createAccountNumbers(connect: () => VoiceConnection | Promise<VoiceConnection>, sandboxNumbers: () => string[]) {
  return async function listAccountNumbers(): Promise<AccountNumbers> {
    const connection = await connect();
    const source = connection.mode === 'sandbox' ? 'sandbox' : '8x8';
    try {
      const numbers = await connection.client.listNumbers();
      return { source, numbers: numbers.map(toAccountNumber).filter((n) => n.number !== '') };
    } catch (error) {
      // A sandbox without the numbers endpoint (404) still has its configured numbers.
      if (source === 'sandbox' && error instanceof VoiceApiError && error.httpStatus === 404) {
        return { source, numbers: sandboxNumbers().map((number) => ({ number: normalizePhoneNumber(number), label: 'Sandbox number' })) };
      }
      if (error instanceof VoiceApiError) {
        const where = source === 'sandbox' ? 'The sandbox' : '8x8';
        throw new AppError('bad_gateway', `${where} did not give the account's numbers: ${error.message}`);
      }
      throw error;
    }
  };
}

function toAccountNumber(n: VirtualNumber): AccountNumber {
  const label = [n.countryCode, n.numberType, n.operationalStatus].filter((part): part is string => Boolean(part)).join(' · ');
  return { number: normalizePhoneNumber(n.msisdn), ...(label && { label }) };
}

export const listAccountNumbers = createAccountNumbers(voiceConnection, () => env().SANDBOX_NUMBERS);
