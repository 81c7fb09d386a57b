import 'server-only';
import { AppError } from '@/lib/http/app-error';
import type { SandboxCall } from '@/lib/sandbox/engine/call';
import { findCall, registryLimits } from '@/lib/sandbox/engine/registry';

export function requireCall(sessionId: string): SandboxCall {
  const call = findCall(sessionId);
  if (!call) throw new AppError('not_found', `No sandbox session ${sessionId} (sessions are kept in memory; the last ${registryLimits.sessions})`);
  return call;
}
