import { readBody, route } from '@/lib/http/route';
import { createApiToken, createApiTokenInput } from '@/lib/server/tokens/create-api-token';
import { listApiTokens } from '@/lib/server/tokens/list-api-tokens';

/** Every token with its prefix, role, creator, expiry, last use and whether it is revoked — never the token. */
export const GET = route('tokens.manage', async () => Response.json(await listApiTokens()));

/** { name, role, expiresInDays? } → 201 { id, …, token }: the only time the token is shown. */
export const POST = route('tokens.manage', async (request, _context, actor) =>
  Response.json(await createApiToken(actor, await readBody(request, createApiTokenInput)), { status: 201 }),
);
