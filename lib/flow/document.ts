import { z } from 'zod';
import { cappedList, cappedText, flowLimits } from './limits';
import { nodeKinds, nodeRegistry, type NodeKind } from './registry';

// The flow document: versioned JSON, stored as the draft and in each published
// version, and the same document the API imports and exports.

export const currentSchemaVersion = 1;

export const nodeIdPattern = /^[A-Za-z0-9_-]{1,64}$/;
const nodeId = z.string().regex(nodeIdPattern, 'Node ids use letters, digits, - and _ (at most 64)');
const position = z.object({ x: z.number(), y: z.number() });

const node = <K extends NodeKind, D extends z.ZodType>(kind: K, data: D) =>
  z.object({ id: nodeId, kind: z.literal(kind), position, data });
type NodeSchemaOf<K extends NodeKind> = ReturnType<typeof node<K, (typeof nodeRegistry)[K]['data']>>;
type NodeSchema = { [K in NodeKind]: NodeSchemaOf<K> }[NodeKind];

// One member per registered kind. The registry's keys are not a tuple TypeScript can map,
// so the list is built at run time and typed as the union of every kind's schema.
const nodeSchemas = nodeKinds.map((kind) => node(kind, nodeRegistry[kind].data)) as unknown as [NodeSchema, ...NodeSchema[]];

export const flowNode = z.discriminatedUnion('kind', nodeSchemas);
export type FlowNode = z.infer<typeof flowNode>;
export type FlowNodeOf<K extends NodeKind> = Extract<FlowNode, { kind: K }>;

export const flowEdge = z.object({
  id: cappedText(flowLimits.edgeId, 'The edge id').min(1),
  source: cappedText(flowLimits.nodeId, 'The source node id'),
  /** The source node's output: "next", a menu option's digits, "noInput", "invalid", "open", … */
  sourceHandle: cappedText(flowLimits.output, 'The output').default('next'),
  target: cappedText(flowLimits.nodeId, 'The target node id'),
});
export type FlowEdge = z.infer<typeof flowEdge>;

export const flowDocument = z
  .object({
    schemaVersion: z.literal(currentSchemaVersion),
    nodes: cappedList(flowNode, flowLimits.nodes, 'nodes'),
    edges: cappedList(flowEdge, flowLimits.edges, 'edges'),
  })
  .superRefine((doc, ctx) => {
    const ids = new Set<string>();
    doc.nodes.forEach((node, i) => {
      if (ids.has(node.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `Two nodes have the id "${node.id}"` });
      ids.add(node.id);
    });
    const edgeIds = new Set<string>();
    doc.edges.forEach((edge, i) => {
      if (edgeIds.has(edge.id)) ctx.addIssue({ code: 'custom', path: ['edges', i, 'id'], message: `Two edges have the id "${edge.id}"` });
      edgeIds.add(edge.id);
    });
  });
export type FlowDocument = z.infer<typeof flowDocument>;

/**
 * Upgrades an older document to the current schemaVersion. Version 1 is the first,
 * so this only rejects versions it does not know.
 */
export function migrateDocument(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) return { ...raw, schemaVersion: currentSchemaVersion };
  return raw;
}

export type ParseResult = { ok: true; document: FlowDocument } | { ok: false; issues: string[] };

/** Parses any stored or submitted document; the messages name the path to fix. */
export function parseFlowDocument(raw: unknown): ParseResult {
  const parsed = flowDocument.safeParse(migrateDocument(raw));
  if (parsed.success) return { ok: true, document: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join('.') || 'document'}: ${i.message}`) };
}

/** Parses a document already known to be valid (read back from our own database). */
export function loadFlowDocument(raw: unknown): FlowDocument {
  const result = parseFlowDocument(raw);
  if (!result.ok) throw new Error(`Stored flow document is invalid: ${result.issues.join('; ')}`);
  return result.document;
}

export function emptyDocument(): FlowDocument {
  return {
    schemaVersion: currentSchemaVersion,
    nodes: [{ id: 'start', kind: 'start', position: { x: 0, y: 0 }, data: {} }],
    edges: [],
  };
}
