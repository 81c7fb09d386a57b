import 'server-only';
import { randomUUID } from 'node:crypto';
import type { SendCallflowRequest } from '@/lib/eightbyeight/callflow';
import type { PlaceCallInput } from '@/lib/sandbox/control-api';
import { SandboxCall } from '@/lib/sandbox/engine/call';
import { addCall, takeParty } from '@/lib/sandbox/engine/registry';
import { runInbound, runOutbound } from '@/lib/sandbox/engine/run-call';
import { sandboxEngineDeps } from './engine-deps';
import { trunkIsFull } from './trunk';

// Starting sandbox sessions: they run in the background of this process.

/** An inbound call to `to` from `from`; returns at once, the call plays on. */
export async function placeInboundCall(input: Omit<PlaceCallInput, 'direction'>): Promise<SandboxCall> {
  const call = new SandboxCall(
    {
      sessionId: randomUUID(),
      direction: 'INBOUND',
      from: input.from,
      to: input.to,
      party: input.party ?? { mode: 'scripted', digits: [] },
      outcome: input.outcome ?? 'ANSWERED',
    },
    await sandboxEngineDeps(input.speed),
  );
  addCall(call);
  void runInbound(call).catch((error: unknown) => console.error('[sandbox] inbound call failed', call.sessionId, error));
  return call;
}

/** A session Send Callflow created: the makeCall's destination behaves as registered for it. */
export async function startOutboundCall(sessionId: string, request: SendCallflowRequest): Promise<SandboxCall | null> {
  const first = request.callflow[0];
  if (first?.action !== 'makeCall') return null;
  const registration = takeParty(first.params.destination);
  const deps = await sandboxEngineDeps(registration.speed);
  // No await from here to addCall: two calls placed at once cannot both take the last channel.
  const call = new SandboxCall(
    {
      sessionId,
      direction: 'OUTBOUND',
      from: first.params.source,
      to: first.params.destination,
      party: registration.party,
      outcome: trunkIsFull() ? 'TRUNK_FULL' : registration.outcome,
      clientRequestId: request.clientRequestId ?? null,
    },
    deps,
  );
  addCall(call);
  void runOutbound(call, request).catch((error: unknown) => console.error('[sandbox] outbound call failed', sessionId, error));
  return call;
}
