import { readBody, route } from '@/lib/http/route';
import { setScripts, setScriptsInput } from '@/lib/server/sandbox/dial-script';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';
import { setTrunkCapacity, trunkCapacity } from '@/lib/server/sandbox/trunk';

// POST /sandbox/api/scripts: { scripts: [{ number, answers: [answer|busy|no_answer|failed|opt_out|trunk_full, …] }],
// trunkCapacity?: n | null } — how each dial of a number is answered, in order (the last repeats), on every app
// server; and how many calls this server's sandbox plays at once before a new one ends with -2010.
export const POST = sandboxRoute(route('sandbox.use', async (request) => {
  const input = await readBody(request, setScriptsInput);
  const count = await setScripts(input);
  if (input.trunkCapacity !== undefined) setTrunkCapacity(input.trunkCapacity);
  return Response.json({ scripts: count, trunkCapacity: trunkCapacity() }, { status: 201 });
}));
