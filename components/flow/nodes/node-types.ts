import type { NodeTypes } from '@xyflow/react';
import { nodeKinds } from '@/lib/flow/registry';
import { FlowNodeCard } from './flow-node-card';

// At module scope so React Flow never sees a new object (its performance advice).
export const nodeTypes: NodeTypes = Object.fromEntries(nodeKinds.map((kind) => [kind, FlowNodeCard]));
