'use client';

import { memo, useCallback, useMemo, type ComponentType } from 'react';
import type { NodeKind } from '@/lib/flow/kinds';
import type { NodeDataOf } from '@/lib/flow/registry';
import { useFlowActions, useFlowStore } from '../store/flow-store-context';
import { checkRules, type FormProps } from './form-types';
import { BusinessHoursForm } from './forms/business-hours-form';
import { HangupForm } from './forms/hangup-form';
import { MenuForm } from './forms/menu-form';
import { PlayFileForm } from './forms/play-file-form';
import { SayForm } from './forms/say-form';
import { SetVariableForm } from './forms/set-variable-form';
import { StartForm } from './forms/start-form';
import { TransferForm } from './forms/transfer-form';

/** One form per kind: a kind without one is a type error here. */
const kindForms: { [K in NodeKind]: ComponentType<FormProps<NodeDataOf<K>>> } = {
  start: StartForm,
  say: SayForm,
  playFile: PlayFileForm,
  menu: MenuForm,
  transfer: TransferForm,
  hangup: HangupForm,
  businessHours: BusinessHoursForm,
  setVariable: SetVariableForm,
};

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
