import type { CallflowAction, VcaReply } from '@/lib/eightbyeight/callflow';
import type { CallContext } from './call-context';
import { encodeClientActionId } from './client-action-id';
import type { FlowIndex } from './flow-index';
import { definitionForNode } from './registry';

/** A flow that cannot be run from here (no start, a loop that never waits, a missing node). */
export class FlowRuntimeError extends Error {
  override name = 'FlowRuntimeError';
}

export type StepTaken = { nodeId: string; output?: string };

export type CompiledReply = {
  reply: VcaReply;
  /** Variables after this reply's Set variable nodes. */
  vars: Record<string, string>;
  /** The nodes walked, in order, with the output taken from each. */
  path: StepTaken[];
  /** The node 8x8 will call back about (menu or transfer), or null when the call ends. */
  waitingAt: string | null;
};

/** A callback's reply: the branch taken from the waiting node, then on from there. */
export type ResumedReply = CompiledReply & { output: string };

/**
 * How a reply's walk is stored with its event, for exact per-node counts: the nodes
 * arrived at, the output taken from each ('' where the reply waits or ends), and for a
 * callback the branch its waiting node was left by (that node's arrival was counted
 * with the reply that made it wait).
 */
export type Walk = { walkedNodes: string[]; walkedOutputs: string[]; resumedOutput: string | null };

export function walkOf(compiled: CompiledReply | ResumedReply): Walk {
  const resumed = 'output' in compiled;
  const arrivals = resumed ? compiled.path.slice(1) : compiled.path;
  return {
    walkedNodes: arrivals.map((step) => step.nodeId),
    walkedOutputs: arrivals.map((step) => step.output ?? ''),
    resumedOutput: resumed ? compiled.output : null,
  };
}

const hangup: CallflowAction = { action: 'hangup' };

/**
 * Walks from a node, gathering 8x8 actions until a node that waits for 8x8's callback
 * (a menu's sayAndCapture, a transfer) or the end of the call. Pure.
 */
export function compileFrom(index: FlowIndex, nodeId: string, ctx: CallContext, versionId: string): CompiledReply {
  const actions: CallflowAction[] = [];
  const path: StepTaken[] = [];
  const visited = new Set<string>();
  let vars = ctx.vars;
  let current: string | undefined = nodeId;

  while (current !== undefined) {
    const node = index.nodes.get(current);
    if (!node) throw new FlowRuntimeError(`The flow has no node "${current}"`);
    if (visited.has(current)) {
      throw new FlowRuntimeError(`The flow loops through "${current}" without waiting for the caller`);
    }
    visited.add(current);

    const result = definitionForNode(node).step(node.data, { ...ctx, vars });
    if (result.type === 'wait') {
      actions.push(...result.actions);
      path.push({ nodeId: node.id });
      return {
        reply: { clientActionId: encodeClientActionId(versionId, node.id), callflow: actions },
        vars,
        path,
        waitingAt: node.id,
      };
    }
    if (result.type === 'end') {
      actions.push(...result.actions);
      path.push({ nodeId: node.id });
      return { reply: { callflow: actions }, vars, path, waitingAt: null };
    }
    if (result.actions) actions.push(...result.actions);
    if (result.vars) vars = { ...vars, ...result.vars };
    path.push({ nodeId: node.id, output: result.output });
    current = index.targetOf(node.id, result.output);
  }
  // An output that leads nowhere ends the call (lint warns about it).
  actions.push(hangup);
  return { reply: { callflow: actions }, vars, path, waitingAt: null };
}

/** The first reply of a call: from the start node. */
export function compileStart(index: FlowIndex, ctx: CallContext, versionId: string): CompiledReply {
  if (!index.startId) throw new FlowRuntimeError('The flow has no start node');
  return compileFrom(index, index.startId, ctx, versionId);
}

/** Whether a call left at this node waits for 8x8's callback there (false: its last reply ended the call). */
export function waitsAt(index: FlowIndex, nodeId: string): boolean {
  const node = index.nodes.get(nodeId);
  return node !== undefined && definitionForNode(node).resume !== undefined;
}

/**
 * The reply to 8x8's callback about a waiting node: the menu's branch for the digits
 * (or the transfer's "after the call" output), then on from there.
 */
export function compileResume(
  index: FlowIndex,
  waitingNodeId: string,
  ctx: CallContext,
  versionId: string,
): ResumedReply {
  const node = index.nodes.get(waitingNodeId);
  if (!node) throw new FlowRuntimeError(`The flow has no node "${waitingNodeId}"`);
  const resume = definitionForNode(node).resume;
  if (!resume) throw new FlowRuntimeError(`"${waitingNodeId}" is a ${node.kind} node, which does not wait for the caller`);
  const output = resume(node.data, ctx.digits);
  const step: StepTaken = { nodeId: node.id, output };
  const target = index.targetOf(node.id, output);
  if (target === undefined) {
    return { output, reply: { callflow: [hangup] }, vars: ctx.vars, path: [step], waitingAt: null };
  }
  const next = compileFrom(index, target, ctx, versionId);
  return { ...next, output, path: [step, ...next.path] };
}
