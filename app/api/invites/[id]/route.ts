import { AppError } from '@/lib/http/app-error';
import { route } from '@/lib/http/route';
import { revokeInvite } from '@/lib/server/users/list-invites';

export const DELETE = route<{ id: string }>('users.manage', async (_request, { params }, actor) => {
  const { id } = await params;
  const revoked = await revokeInvite(actor, id);
  if (!revoked) throw new AppError('not_found', `No open invitation with id ${id}`);
  return Response.json({ revoked: true, email: revoked.email });
});
