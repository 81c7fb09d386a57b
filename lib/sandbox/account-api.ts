import { randomUUID } from 'node:crypto';
import { builtinSpeechProfiles } from '@/lib/eightbyeight/builtin-speech-profiles';
import { countryOf, virtualNumberRef } from './engine/numbers';
import type { SandboxAccount } from './send-callflow';

// The sandbox's GET .../speech-profiles and GET .../numbers, in 8x8's shapes. Auth
// is Send Callflow's: a wrong key is 401 with the unauthorized fixture's body.

type AccountRequest = { subAccountId: string; authorization: string | null };
export type AccountResponse = { httpStatus: number; body: Record<string, unknown> };

function refusal(account: SandboxAccount, request: AccountRequest): AccountResponse | null {
  const refuse = (httpStatus: number, statusMessage: string) => ({
    httpStatus,
    body: { sessionStatus: 'NOT_CREATED', callFlowRequestId: randomUUID(), statusCode: httpStatus, statusMessage },
  });
  if (request.authorization !== `Bearer ${account.apiKey}`) return refuse(401, 'Authentication header not found or token invalid');
  if (request.subAccountId !== account.subAccountId) return refuse(404, `SubAccount not found by Id : ${request.subAccountId}`);
  return null;
}

export function speechProfilesResponse(account: SandboxAccount, request: AccountRequest): AccountResponse {
  return (
    refusal(account, request) ?? {
      httpStatus: 200,
      body: { speechProfiles: builtinSpeechProfiles, statusCode: 0, statusMessage: 'ok' },
    }
  );
}

/** When the sandbox's numbers were "assigned": fixed, so listings are stable. */
const assignedAt = '2026-01-01T00:00:00Z';

export function numbersResponse(account: SandboxAccount, request: AccountRequest, baseUrl: string): AccountResponse {
  const refused = refusal(account, request);
  if (refused) return refused;
  const numbers = account.numbers.map((msisdn) => ({
    msisdn,
    dateCreated: assignedAt,
    dateUpdated: assignedAt,
    countryCode: countryOf(msisdn) ?? 'SG',
    operationalStatus: 'Active',
    referenceId: virtualNumberRef(msisdn, account.numbers) ?? msisdn,
    uri: `${baseUrl}/api/v1/subaccounts/${account.subAccountId}/numbers/${encodeURIComponent(msisdn)}`,
    numberHealthCheckEnabled: false,
    numberType: 'LOCAL',
  }));
  return {
    httpStatus: 200,
    body: { totalNumbers: numbers.length, lastUpdatedAt: assignedAt, numbers, statusCode: 0, statusMessage: 'ok' },
  };
}
