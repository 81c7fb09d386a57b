import { z } from 'zod';
import { clientIpHeader } from '@/lib/auth/actor';
import { emailField, nameField, passwordField } from '@/lib/auth/user-input';
import { publicRoute, readBody } from '@/lib/http/route';
import { createFirstAdmin } from '@/lib/server/users/first-admin';

const setupInput = z.object({ token: z.string().min(1).max(200), name: nameField, email: emailField, password: passwordField });

/** The first admin, with the one-time setup token (403 once it is spent or when it is wrong). */
export const POST = publicRoute(async (request) => {
  const { token, ...user } = await readBody(request, setupInput);
  return Response.json(await createFirstAdmin(token, user, request.headers.get(clientIpHeader)), { status: 201 });
});
