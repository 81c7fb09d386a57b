import { clientIpHeader } from '@/lib/auth/actor';
import { publicRoute, readBody } from '@/lib/http/route';
import { acceptInvite, acceptInviteInput } from '@/lib/server/users/accept-invite';

/** Public: the invitation link's token makes the account { token, name, password } → 201; 403 for a spent or wrong token. */
export const POST = publicRoute(async (request) =>
  Response.json(await acceptInvite(await readBody(request, acceptInviteInput), request.headers.get(clientIpHeader)), { status: 201 }),
);
