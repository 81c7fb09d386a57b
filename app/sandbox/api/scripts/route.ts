import { readBody, route } from '@/lib/http/route';
import { setScripts, setScriptsInput } from '@/lib/server/sandbox/dial-script';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// POST /sandbox/api/scripts: { scripts: [{ number, answers: [answer|busy|no_answer|failed|opt_out, …] }] }
// — how each dial of a number is answered, in order (the last repeats), on every app server.
export const POST = sandboxRoute(route('sandbox.use', async (request) => {
  const count = await setScripts(await readBody(request, setScriptsInput));
  return Response.json({ scripts: count }, { status: 201 });
}));
