import 'server-only';
import { sendCallflowRequest } from '@/lib/eightbyeight/callflow';
import { AppError } from '@/lib/http/app-error';
import { sendCallflow } from '@/lib/sandbox/send-callflow';
import { logDial, registrationFor, scriptedAnswer } from './dial-script';
import { startOutboundCall } from './place-call';
import { registerParty } from '@/lib/sandbox/engine/registry';
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
  const first = parsed.data.callflow[0];
  const destination = first?.action === 'makeCall' ? first.params.destination : null;
  const answer = destination ? await scriptedAnswer(destination) : null;
  if (destination && answer) registerParty(destination, registrationFor(answer));
  try {
    const call = await startOutboundCall(result.body.sessionId, parsed.data);
    if (destination && first?.action === 'makeCall') {
      // A call the trunk had no room for was still a dial (8x8 created it), but nobody answered it.
      const answered = call?.outcome === 'TRUNK_FULL' ? null : (answer?.answer ?? null);
      await logDial({ sessionId: result.body.sessionId, clientRequestId: parsed.data.clientRequestId ?? null, source: first.params.source, destination }, answered);
    }
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'too_many_requests')) throw error;
    // As 8x8 answers a refused request: NOT_CREATED with the reason.
    const { callFlowRequestId } = result.body;
    return { httpStatus: 429, body: { sessionStatus: 'NOT_CREATED', callFlowRequestId, statusCode: 429, statusMessage: error.message } };
  }
  return result;
}
