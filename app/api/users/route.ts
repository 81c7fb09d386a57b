import { route } from '@/lib/http/route';
import { listUsers } from '@/lib/server/users/list-users';

/** Everyone with an account: name, email, role, active, created, latest sign-in of an open session. */
export const GET = route('users.manage', async () => Response.json(await listUsers()));
