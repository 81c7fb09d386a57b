import { readBody, route } from '@/lib/http/route';
import { inviteUser, inviteUserInput } from '@/lib/server/users/invite-user';
import { listOpenInvites } from '@/lib/server/users/list-invites';

export const GET = route('users.manage', async () => Response.json({ invites: await listOpenInvites() }));

/** { email, role, expiresInDays? } → 201 { id, email, role, expiresAt, url } — the link is shown only here. */
export const POST = route('users.manage', async (request, _context, actor) =>
  Response.json(await inviteUser(actor, await readBody(request, inviteUserInput)), { status: 201 }),
);
