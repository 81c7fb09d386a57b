import { auth } from '@/lib/auth/auth';
import { errorResponse } from '@/lib/http/app-error';
import { readBodyText } from '@/lib/http/body-limit';

// Better Auth's endpoints: sign-in, sign-out, sessions, password change, single sign-on.
// Public by nature; Better Auth checks the Origin of every cookie-bearing change itself.
// The body passes the app's streaming 1 MiB cap before Better Auth reads it.
async function handle(request: Request): Promise<Response> {
  if (request.method === 'GET' || request.method === 'HEAD') return auth().handler(request);
  try {
    const body = await readBodyText(request);
    return await auth().handler(new Request(request, { body: body || null }));
  } catch (error) {
    return errorResponse(error);
  }
}

export const GET = handle;
export const POST = handle;
