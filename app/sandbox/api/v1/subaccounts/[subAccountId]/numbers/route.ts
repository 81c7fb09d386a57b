import { numbersResponse } from '@/lib/sandbox/account-api';
import { appBaseUrl, sandboxAccount } from '@/lib/server/sandbox/sandbox-account';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// The sandbox's stand-in for GET https://voice.8x8.com/api/v1/subaccounts/{id}/numbers.
export const GET = sandboxRoute(async (request: Request, { params }: { params: Promise<{ subAccountId: string }> }) => {
  const { subAccountId } = await params;
  const authorization = request.headers.get('authorization');
  const result = numbersResponse(sandboxAccount(), { subAccountId, authorization }, `${appBaseUrl()}/sandbox`);
  return Response.json(result.body, { status: result.httpStatus });
});
