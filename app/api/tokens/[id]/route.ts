import { route } from '@/lib/http/route';
import { revokeApiToken } from '@/lib/server/tokens/revoke-api-token';

/** Revokes the token: its next request gets 401. */
export const DELETE = route<{ id: string }>('tokens.manage', async (_request, { params }, actor) => {
  const { id } = await params;
  return Response.json(await revokeApiToken(actor, id));
});
