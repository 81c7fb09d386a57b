'use client';

import { memo, useCallback, useMemo, type ComponentType } from 'react';
import type { NodeDataOf, NodeKind } from '@/lib/flow/registry';
import { useFlowActions, useFlowStore } from '../store/flow-store-context';
import { checkRules, type FormProps } from './form-types';
import { kindForms } from './forms/kind-forms';

type Props<K extends NodeKind> = { nodeId: string; kind: K; data: NodeDataOf<K> };

function KindForm<K extends NodeKind>({ nodeId, kind, data }: Props<K>) {
  const actions = useFlowActions();
  const readOnly = useFlowStore((s) => s.readOnly);
  const issues = useMemo(() => checkRules(kind, data), [kind, data]);
  // Every kind's data is an object (its zod schema is z.object): the store keeps it as a record.
  const onChange = useCallback((next: NodeDataOf<K>) => actions.updateNodeData(nodeId, next as Record<string, unknown>), [actions, nodeId]);
  const Form: ComponentType<FormProps<NodeDataOf<K>>> = kindForms[kind];
  return (
    <form onSubmit={(event) => event.preventDefault()} noValidate aria-label={`Settings of ${nodeId}`}>
      {/* A read-only flow (a published version) shows its settings without letting them change. */}
      <fieldset disabled={readOnly} className="min-w-0">
        <Form nodeId={nodeId} data={data} issues={issues} onChange={onChange} />
      </fieldset>
    </form>
  );
}

/** The form for one node, validated against its kind's 8x8 rules as the user types. */
export const NodeForm = memo(function NodeForm({ nodeId, kind, data }: { nodeId: string; kind: NodeKind; data: Record<string, unknown> }) {
  // Node data enters the canvas only through the kinds' schemas (document-mapping.ts).
  return <KindForm nodeId={nodeId} kind={kind} data={data as NodeDataOf<typeof kind>} />;
});
