import { env } from '@/lib/env';
import { sendCallflow } from '@/lib/sandbox/send-callflow';
import { sandboxApiKey, sandboxSubAccountId } from '@/lib/server/voice/voice-connection';

// The sandbox's stand-in for POST https://voice.8x8.com/api/v1/subaccounts/{id}/callflows.
export async function POST(request: Request, { params }: { params: Promise<{ subAccountId: string }> }) {
  const { subAccountId } = await params;
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    body = undefined; // validation answers -1001, as 8x8 does
  }
  const result = sendCallflow(
    { subAccountId: sandboxSubAccountId, apiKey: sandboxApiKey, numbers: env().SANDBOX_NUMBERS },
    { subAccountId, authorization: request.headers.get('authorization'), body },
  );
  return Response.json(result.body, { status: result.httpStatus });
}
