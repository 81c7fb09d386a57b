import { readBody, route } from '@/lib/http/route';
import { updateUser, updateUserInput } from '@/lib/server/users/update-user';

/** { role?, active? } → 200 { id, email, before, after }; 409 for the last active admin. Deactivating signs them out at once. */
export const PATCH = route<{ id: string }>('users.manage', async (request, { params }, actor) => {
  const { id } = await params;
  return Response.json(await updateUser(actor, id, await readBody(request, updateUserInput)));
});
