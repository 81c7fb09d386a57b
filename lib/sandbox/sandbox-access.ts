import type { SandboxAccount } from './send-callflow';

// The checks every sandbox API makes first, as 8x8 does: the bearer key, then the subaccount.

export type SandboxRefusal = { httpStatus: 401 | 404; body: { statusCode: number; statusMessage: string } };

export function sandboxAccessRefusal(
  account: Pick<SandboxAccount, 'subAccountId' | 'apiKey'>,
  request: { subAccountId: string; authorization: string | null },
): SandboxRefusal | null {
  if (request.authorization !== `Bearer ${account.apiKey}`) {
    return { httpStatus: 401, body: { statusCode: 401, statusMessage: 'Authentication header not found or token invalid' } };
  }
  if (request.subAccountId !== account.subAccountId) {
    return { httpStatus: 404, body: { statusCode: 404, statusMessage: `SubAccount not found by Id : ${request.subAccountId}` } };
  }
  return null;
}
