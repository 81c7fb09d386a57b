import 'server-only';
import { sendCallflowRequest } from '@/lib/eightbyeight/callflow';
import { AppError } from '@/lib/http/app-error';
import { sendCallflow } from '@/lib/sandbox/send-callflow';
import { startOutboundCall } from './place-call';
import { sandboxAccount } from './sandbox-account';

/** The sandbox's Send Callflow: 8x8's validation and answer; a CREATED session starts ringing. */
export async function sandboxSendCallflow(request: { subAccountId: string; authorization: string | null; body: unknown }) {
  const result = sendCallflow(sandboxAccount(), request);
  if (!('sessionId' in result.body)) return result;
  const parsed = sendCallflowRequest.safeParse(request.body);
  // validateCallflow accepted it, so this parse is only a typed view of the same body.
  if (!parsed.success) {
    console.warn('[sandbox] created session could not be typed', result.body.sessionId, parsed.error.message);
    return result;
  }
  try {
    await startOutboundCall(result.body.sessionId, parsed.data);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'too_many_requests')) throw error;
    // As 8x8 answers a refused request: NOT_CREATED with the reason.
    const { callFlowRequestId } = result.body;
    return { httpStatus: 429, body: { sessionStatus: 'NOT_CREATED', callFlowRequestId, statusCode: 429, statusMessage: error.message } };
  }
  return result;
}
