import { AppError } from '@/lib/http/app-error';
import { readBody, route } from '@/lib/http/route';
import { pressDigitsInput } from '@/lib/sandbox/control-api';
import { requireCall } from '@/lib/server/sandbox/require-call';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// POST /sandbox/api/calls/{sessionId}/digits: the interactive far end presses keys.
export const POST = sandboxRoute(route<{ sessionId: string }>('sandbox.use', async (request, { params }) => {
  const { sessionId } = await params;
  const call = requireCall(sessionId);
  const { digits } = await readBody(request, pressDigitsInput);
  if (call.status === 'ended') throw new AppError('conflict', 'The call has ended');
  if (!call.pressKeys(digits)) throw new AppError('conflict', 'The call is not waiting for digits (no sayAndCapture is listening)');
  return Response.json({ accepted: digits }, { status: 202 });
}));
