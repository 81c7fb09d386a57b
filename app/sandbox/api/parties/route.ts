import { readBody, route } from '@/lib/http/route';
import { registerPartyInput } from '@/lib/sandbox/control-api';
import { registerParty } from '@/lib/sandbox/engine/registry';
import { sandboxRoute } from '@/lib/server/sandbox/sandbox-route';

// POST /sandbox/api/parties: how the next outbound call to `number` behaves (one-shot).
export const POST = sandboxRoute(route('sandbox.use', async (request) => {
  const input = await readBody(request, registerPartyInput);
  const party = input.mode === 'interactive' ? { mode: 'interactive' as const } : { mode: 'scripted' as const, digits: input.digits ?? [] };
  const registration = { party, outcome: input.outcome ?? 'ANSWERED', ...(input.speed !== undefined && { speed: input.speed }) } as const;
  registerParty(input.number, registration);
  return Response.json({ number: input.number, ...registration }, { status: 201 });
}));
