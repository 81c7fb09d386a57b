import type { CallflowAction, VcaReply } from '@/lib/eightbyeight/callflow';
import type { CallContext } from './call-context';
import { encodeClientActionId } from './client-action-id';
import type { FlowNode } from './document';
import type { FlowIndex } from './flow-index';
import type { MaybePromise, StepResult } from './kinds';
import { definitionForNode } from './registry';
import type { StepEffect } from './step-effects';
import { callerVoiceVariable } from './voice';
import { offlineServices, servicesFor, type DataDipRecord, type StepServices } from './step-services';

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
  /** Changes outside the reply the walk asked for (an opt-out), in order; absent when none. */
  effects?: StepEffect[];
  /** The HTTP requests (data dips) the walk made, in order, stored with the reply's event; absent when none. */
  dataDips?: DataDipRecord[];
};

/** A callback's reply: the branch taken from the waiting node, then on from there. */
export type ResumedReply = CompiledReply & { output: string };

/**
 * How a reply's walk is stored with its event, for exact per-node counts: the nodes
 * arrived at, the output taken from each ('' where the reply waits or ends), and for a
 * callback the branch its waiting node was left by (that node's arrival was counted
 * with the reply that made it wait), and the HTTP requests the walk made, if any.
 */
export type Walk = { walkedNodes: string[]; walkedOutputs: string[]; resumedOutput: string | null; dataDips?: DataDipRecord[] };

export function walkOf(compiled: CompiledReply | ResumedReply): Walk {
  const resumed = 'output' in compiled;
  const arrivals = resumed ? compiled.path.slice(1) : compiled.path;
  return {
    walkedNodes: arrivals.map((step) => step.nodeId),
    walkedOutputs: arrivals.map((step) => step.output ?? ''),
    resumedOutput: resumed ? compiled.output : null,
    ...(compiled.dataDips && { dataDips: compiled.dataDips }),
  };
}

const hangup: CallflowAction = { action: 'hangup' };

/** Applies `then` at once to a value, or when a promise settles: a plain walk never waits a tick. */
export function thenMaybe<T, U>(value: MaybePromise<T>, then: (value: T) => MaybePromise<U>): MaybePromise<U> {
  return value instanceof Promise ? value.then(then) : then(value);
}

/** A walk in progress: what the reply has gathered so far. */
type Walking = {
  index: FlowIndex;
  ctx: CallContext;
  versionId: string;
  services: StepServices;
  actions: CallflowAction[];
  path: StepTaken[];
  visited: Set<string>;
  vars: Record<string, string>;
  effects: StepEffect[];
  dataDips: DataDipRecord[];
};

const finished = (walk: Walking, reply: VcaReply, waitingAt: string | null): CompiledReply => ({
  reply,
  vars: walk.vars,
  path: walk.path,
  waitingAt,
  ...(walk.effects.length > 0 && { effects: walk.effects }),
  ...(walk.dataDips.length > 0 && { dataDips: walk.dataDips }),
});

/** Records a step that continues; returns the node its output leads to (undefined: nowhere). */
function advance(walk: Walking, node: FlowNode, result: Extract<StepResult, { type: 'continue' }>): string | undefined {
  if (result.actions) walk.actions.push(...result.actions);
  if (result.vars) walk.vars = { ...walk.vars, ...result.vars };
  if (result.effects) walk.effects.push(...result.effects);
  if (result.dataDip) walk.dataDips.push({ nodeId: node.id, ...result.dataDip });
  walk.path.push({ nodeId: node.id, output: result.output });
  return walk.index.targetOf(node.id, result.output);
}

/** Takes a step's result: the finished reply where it waits or ends, else on along its output. */
function take(walk: Walking, node: FlowNode, result: StepResult): MaybePromise<CompiledReply> {
  if (result.type === 'continue') return walkOn(walk, advance(walk, node, result));
  walk.actions.push(...result.actions);
  walk.path.push({ nodeId: node.id });
  return result.type === 'wait'
    ? finished(walk, { clientActionId: encodeClientActionId(walk.versionId, node.id), callflow: walk.actions }, node.id)
    : finished(walk, { callflow: walk.actions }, null);
}

/**
 * Steps from `current` until a step waits or ends the call. Synchronous while the steps
 * are; a step that returns a promise (I/O) makes the rest of the walk follow it.
 */
function walkOn(walk: Walking, current: string | undefined): MaybePromise<CompiledReply> {
  while (current !== undefined) {
    const node = walk.index.nodes.get(current);
    if (!node) throw new FlowRuntimeError(`The flow has no node "${current}"`);
    if (walk.visited.has(current)) {
      throw new FlowRuntimeError(`The flow loops through "${current}" without waiting for the caller`);
    }
    walk.visited.add(current);
    const voice = walk.vars[callerVoiceVariable] || walk.index.voice;
    const result = definitionForNode(node).step(node.data, { ...walk.ctx, vars: walk.vars, voice }, servicesFor(walk.services, node.id));
    if (result instanceof Promise) return result.then((settled) => take(walk, node, settled));
    if (result.type !== 'continue') return take(walk, node, result);
    current = advance(walk, node, result);
  }
  // An output that leads nowhere ends the call (lint warns about it).
  walk.actions.push(hangup);
  return finished(walk, { callflow: walk.actions }, null);
}

/**
 * Walks from a node, gathering 8x8 actions until a node that waits for 8x8's callback
 * (a menu's sayAndCapture, a transfer) or the end of the call. Pure but for what the
 * steps do through `services`; a value, not a promise, unless a step walked needs I/O.
 */
export function compileFrom(
  index: FlowIndex,
  nodeId: string,
  ctx: CallContext,
  versionId: string,
  services: StepServices = offlineServices,
): MaybePromise<CompiledReply> {
  const walk: Walking = { index, ctx, versionId, services, actions: [], path: [], visited: new Set(), vars: ctx.vars, effects: [], dataDips: [] };
  return walkOn(walk, nodeId);
}

/** The first reply of a call: from the start node. */
export function compileStart(index: FlowIndex, ctx: CallContext, versionId: string, services?: StepServices): MaybePromise<CompiledReply> {
  if (!index.startId) throw new FlowRuntimeError('The flow has no start node');
  return compileFrom(index, index.startId, ctx, versionId, services);
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
  services?: StepServices,
): MaybePromise<ResumedReply> {
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
  return thenMaybe(compileFrom(index, target, ctx, versionId, services), (next) => ({ ...next, output, path: [step, ...next.path] }));
}
