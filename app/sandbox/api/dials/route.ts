import { route } from '@/lib/http/route';
import { listDials } from '@/lib/server/sandbox/dial-script';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// GET /sandbox/api/dials?prefix=+65: the call log, every dial any server's sandbox accepted (the witness of dials).
export const GET = sandboxRoute(route('sandbox.use', async (request) => {
  const prefix = (new URL(request.url).searchParams.get('prefix') ?? '').slice(0, 20);
  return Response.json({ dials: await listDials(prefix) });
}));
