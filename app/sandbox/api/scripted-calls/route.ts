import { readBody, route } from '@/lib/http/route';
import { scriptedCallInput } from '@/lib/sandbox/control-api';
import { runScriptedCall } from '@/lib/server/sandbox/scripted-call';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// POST /sandbox/api/scripted-calls: a whole scripted call; answers when it has ended.
export const POST = sandboxRoute(route('sandbox.use', async (request, _context, actor) => {
  const result = await runScriptedCall(await readBody(request, scriptedCallInput), actor);
  return Response.json(result.body, { status: result.httpStatus });
}));
