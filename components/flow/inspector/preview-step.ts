import type { CallflowAction } from '@/lib/eightbyeight/callflow';
import type { CallContext } from '@/lib/flow/call-context';
import { encodeClientActionId } from '@/lib/flow/client-action-id';
import type { MaybePromise, NodeDefinition, StepResult } from '@/lib/flow/kinds';
import { definitionOf, type NodeDataOf, type NodeKind } from '@/lib/flow/registry';
import type { StepEffect } from '@/lib/flow/step-effects';
import { offlineServices, servicesFor, type StepServices } from '@/lib/flow/step-services';

/**
 * The call the Callflow tab shows a step against. Library recordings are shown at this
 * page's origin: the server sends 8x8 its APP_BASE_URL, which the browser does not know.
 */
export const sampleContext = (): CallContext => ({
  caller: '+6591234567',
  dialed: '+6568332048',
  digits: null,
  vars: {},
  now: new Date(),
  publicBaseUrl: typeof window === 'undefined' ? '' : window.location.origin,
});

export type Press = { digits: string | null; output: string };

export type StepPreview =
  /** Emits actions, then the compiler carries on along `output` within the same reply. */
  | { type: 'continue'; actions: CallflowAction[]; output: string; vars?: Record<string, string>; effects?: StepEffect[] }
  /** The reply ends here; 8x8 calls back with this clientActionId. */
  | { type: 'wait'; reply: { clientActionId: string; callflow: CallflowAction[] }; presses: Press[] }
  | { type: 'end'; actions: CallflowAction[] }
  | { type: 'error'; message: string };

const failed = (error: unknown): StepPreview => ({ type: 'error', message: error instanceof Error ? error.message : 'This step could not be compiled' });

/**
 * Runs the kind's own step on a sample call, as the webhook would: a value for a plain step,
 * a promise for a step that needs I/O (offline here unless `services` are given).
 */
export function previewStep<K extends NodeKind>(
  kind: K,
  nodeId: string,
  data: NodeDataOf<K>,
  ctx: CallContext = sampleContext(),
  services: StepServices = offlineServices,
): MaybePromise<StepPreview> {
  const definition = definitionOf(kind);
  try {
    const result = definition.step(data, ctx, servicesFor(services, nodeId));
    return result instanceof Promise ? result.then((settled) => shown(definition, nodeId, data, settled), failed) : shown(definition, nodeId, data, result);
  } catch (error) {
    return failed(error);
  }
}

function shown<D>(definition: NodeDefinition<D>, nodeId: string, data: D, result: StepResult): StepPreview {
  if (result.type === 'continue') {
    return { type: 'continue', actions: result.actions ?? [], output: result.output, ...(result.vars && { vars: result.vars }), ...(result.effects && { effects: result.effects }) };
  }
  if (result.type === 'end') return { type: 'end', actions: result.actions };
  const resume = definition.resume;
  return {
    type: 'wait',
    reply: { clientActionId: encodeClientActionId('<version>', nodeId), callflow: result.actions },
    presses: resume ? samplePresses(definition.outputs(data)).map((digits) => ({ digits, output: resume(data, digits) })) : [],
  };
}

/** For a menu: each option's keys, a key no option uses, and silence; otherwise just the callback. */
function samplePresses(outputs: string[]): Array<string | null> {
  const keys = outputs.filter((output) => /^[0-9*#]+$/.test(output));
  if (keys.length === 0) return [null];
  const unused = [...'0123456789*'].find((key) => !keys.includes(key));
  return [...new Set(keys), ...(unused ? [unused] : []), null];
}
