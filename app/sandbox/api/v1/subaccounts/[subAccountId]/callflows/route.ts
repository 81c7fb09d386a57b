import { errorResponse } from '@/lib/http/app-error';
import { readBodyText } from '@/lib/http/body-limit';
import { sandboxSendCallflow } from '@/lib/server/sandbox/send-callflow';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// The sandbox's stand-in for POST https://voice.8x8.com/api/v1/subaccounts/{id}/callflows.
export const POST = sandboxRoute(async (request: Request, { params }: { params: Promise<{ subAccountId: string }> }) => {
  const { subAccountId } = await params;
  let text: string;
  try {
    text = await readBodyText(request); // 413 past 1 MiB, like every body the app reads
  } catch (error) {
    return errorResponse(error);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined; // validation answers -1001, as 8x8 does
  }
  const result = await sandboxSendCallflow({ subAccountId, authorization: request.headers.get('authorization'), body });
  // A refusal for load says when to try again, as a rate-limited API does.
  return Response.json(result.body, { status: result.httpStatus, ...(result.httpStatus === 429 && { headers: { 'Retry-After': '1' } }) });
});
