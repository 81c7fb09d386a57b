import { speechProfilesResponse } from '@/lib/sandbox/account-api';
import { sandboxAccount } from '@/lib/server/sandbox/sandbox-account';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// The sandbox's stand-in for GET https://voice.8x8.com/api/v1/subaccounts/{id}/speech-profiles.
export const GET = sandboxRoute(async (request: Request, { params }: { params: Promise<{ subAccountId: string }> }) => {
  const { subAccountId } = await params;
  const result = speechProfilesResponse(sandboxAccount(), { subAccountId, authorization: request.headers.get('authorization') });
  return Response.json(result.body, { status: result.httpStatus });
});
