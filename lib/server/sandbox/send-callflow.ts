import 'server-only';
import { sendCallflowRequest } from '@/lib/eightbyeight/callflow';
import { sendCallflow } from '@/lib/sandbox/send-callflow';
import { startOutboundCall } from './place-call';
import { sandboxAccount } from './sandbox-account';

/** The sandbox's Send Callflow: 8x8's validation and answer; a CREATED session starts ringing. */
export async function sandboxSendCallflow(request: { subAccountId: string; authorization: string | null; body: unknown }) {
  const result = sendCallflow(sandboxAccount(), request);
  if ('sessionId' in result.body) {
    const parsed = sendCallflowRequest.safeParse(request.body);
    // validateCallflow accepted it, so this parse is only a typed view of the same body.
    if (parsed.success) await startOutboundCall(result.body.sessionId, parsed.data);
    else console.warn('[sandbox] created session could not be typed', result.body.sessionId, parsed.error.message);
  }
  return result;
}
