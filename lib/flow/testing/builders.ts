import type { CallContext } from '../call-context';
import type { FlowDocument, FlowEdge, FlowNode } from '../document';
import type { MaybePromise, NodeDefinition, StepResult } from '../kinds';
import { offlineServices, servicesFor } from '../step-services';
import type { BusinessHoursData } from '../nodes/business-hours/definition';
import type { MenuData } from '../nodes/menu/definition';
import type { PlayFileData } from '../nodes/play-file/definition';
import type { SayData } from '../nodes/say/definition';
import type { TransferData } from '../nodes/transfer/definition';
import { edge, flow } from '../templates/build';

// Small builders for unit tests: documents read as their graph.

const position = { x: 0, y: 0 };
export const voice = 'en-US-BenjaminRUS';

export const ctx = (over: Partial<CallContext> = {}): CallContext => ({
  caller: '+6591110000',
  dialed: '+6562220000',
  digits: null,
  vars: {},
  now: new Date('2024-01-01T00:00:00Z'),
  publicBaseUrl: 'https://ivr.example.com',
  ...over,
});

export const start = (id = 'start'): FlowNode => ({ id, kind: 'start', position, data: {} });
export const hangup = (id = 'end'): FlowNode => ({ id, kind: 'hangup', position, data: {} });
export const say = (id: string, text: string, extra: Partial<SayData> = {}): FlowNode => ({
  id,
  kind: 'say',
  position,
  data: { text, voiceProfile: voice, ...extra },
});
export const playFile = (id: string, fileUrl: string, extra: Partial<PlayFileData> = {}): FlowNode => ({
  id,
  kind: 'playFile',
  position,
  data: { fileUrl, ...extra },
});
export const menu = (id: string, digits: string[], extra: Partial<MenuData> = {}): FlowNode => ({
  id,
  kind: 'menu',
  position,
  data: { promptMessage: 'Press a key', voiceProfile: voice, options: digits.map((d) => ({ digits: d })), ...extra },
});
export const transfer = (id: string, destination: string, extra: Partial<TransferData> = {}): FlowNode => ({
  id,
  kind: 'transfer',
  position,
  data: { destination, source: '{{dialed}}', ...extra },
});
export const setVariable = (id: string, name: string, value: string): FlowNode => ({
  id,
  kind: 'setVariable',
  position,
  data: { name, value },
});
export const businessHours = (id: string, data: BusinessHoursData): FlowNode => ({ id, kind: 'businessHours', position, data });

export const noHours: BusinessHoursData['schedule'] = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

/** An edge from a node's output to a target node. */
export const e = (source: string, output: string, target: string): FlowEdge => edge(source, output, target);
export const doc = (nodes: FlowNode[], edges: FlowEdge[] = []): FlowDocument => flow(nodes, edges);

/** A compile or step result that must not have waited for I/O: the plain path stays synchronous. */
export function settledNow<T>(value: MaybePromise<T>): T {
  if (value instanceof Promise) throw new Error('Expected a synchronous result: no step here needs I/O');
  return value;
}

/** Runs one kind's step on a call, offline, expecting an immediate result. */
export const stepNow = <D>(definition: NodeDefinition<D>, data: D, context: CallContext): StepResult =>
  settledNow(definition.step(data, context, servicesFor(offlineServices, 'node')));
export const returnTo = (id: string, output: string): FlowNode => ({ id, kind: 'return', position, data: { output } });
export const subflow = (id: string, versionId: string, returns: string[], params: Array<{ name: string; value: string }> = [], flowId = ''): FlowNode => ({
  id,
  kind: 'subflow',
  position,
  data: { flowId, versionId, returns, params },
});
