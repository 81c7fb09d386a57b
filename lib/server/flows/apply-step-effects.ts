import 'server-only';
import type { StepEffect } from '@/lib/flow/step-effects';
import { addOptOut } from '@/lib/server/do-not-call/add-opt-out';

/**
 * Applies what a reply's steps asked for outside the reply, once its event is stored: on
 * the webhook path, and again when a journaled event is replayed (each effect is idempotent:
 * a number already listed keeps its first entry). A number that cannot be listed (withheld)
 * is logged, not thrown: the caller has already heard the reply.
 */
export async function applyStepEffects(effects: readonly StepEffect[], sessionId: string): Promise<void> {
  for (const effect of effects) {
    switch (effect.kind) {
      case 'optOut': {
        const outcome = await addOptOut(effect.number, sessionId);
        if (outcome.outcome === 'invalid') console.warn(`[opt-out] session ${sessionId}: ${outcome.problem}`);
        break;
      }
    }
  }
}
