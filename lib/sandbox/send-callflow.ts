import { randomUUID } from 'node:crypto';
import { builtinSpeechProfiles } from '@/lib/eightbyeight/builtin-speech-profiles';
import { validateCallflow } from './validate-callflow';

// The sandbox's Send Callflow: 8x8's validation and response shapes. Playing a created
// session is lib/server/sandbox/send-callflow.ts's job (engine: lib/sandbox/engine).

const speechProfiles = new Set(builtinSpeechProfiles.map((p) => p.speechProfileCode));

export type SandboxAccount = { subAccountId: string; apiKey: string; numbers: readonly string[] };

export function sendCallflow(account: SandboxAccount, request: { subAccountId: string; authorization: string | null; body: unknown }) {
  const callFlowRequestId = randomUUID();
  const notCreated = (httpStatus: number, statusCode: number, statusMessage: string) => ({
    httpStatus,
    body: { sessionStatus: 'NOT_CREATED', callFlowRequestId, statusCode, statusMessage },
  });
  if (request.authorization !== `Bearer ${account.apiKey}`) {
    return notCreated(401, 401, 'Authentication header not found or token invalid');
  }
  if (request.subAccountId !== account.subAccountId) {
    return notCreated(404, 404, `SubAccount not found by Id : ${request.subAccountId}`);
  }
  const refusal = validateCallflow(request.body, {
    requireMakeCallFirst: true,
    speechProfiles,
    allowedSources: new Set(account.numbers),
    now: new Date(),
  });
  if (refusal) return notCreated(refusal.httpStatus, refusal.statusCode, refusal.statusMessage);
  return {
    httpStatus: 200,
    body: { sessionId: randomUUID(), sessionStatus: 'CREATED', callFlowRequestId, statusCode: 1, statusMessage: 'Created' },
  };
}
