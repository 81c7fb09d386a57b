'use client';

import { useCan } from '@/components/auth/actor-context';
import { Button, buttonStyles } from '@/components/ui/button';
import type { FlowSummary } from '@/lib/server/flows/flow-summary';

export type RowAction = 'duplicate' | 'rename' | 'delete';

/**
 * A row's actions; each button's name includes the flow's, so a screen reader hears which.
 * What the role may not do stays in place, disabled, with the reason.
 */
export function FlowRowActions({ flow, busy, onAction }: { flow: FlowSummary; busy: string | null; onAction: (action: RowAction, flow: FlowSummary) => void }) {
  const edit = useCan('flows.edit');
  const remove = useCan('flows.publish');
  const launch = useCan('calls.launch');
  const duplicating = busy === `duplicate:${flow.id}`;
  return (
    <div className="flex justify-end gap-1.5 whitespace-nowrap">
      <Button variant="small" aria-label={`Rename ${flow.name}`} aria-haspopup="dialog" deniedReason={edit.reason} onClick={() => onAction('rename', flow)}>
        Rename
      </Button>
      <Button
        variant="small"
        aria-label={`Duplicate ${flow.name}`}
        deniedReason={edit.reason}
        disabled={duplicating}
        aria-busy={duplicating}
        onClick={() => onAction('duplicate', flow)}
      >
        {duplicating ? 'Duplicating…' : 'Duplicate'}
      </Button>
      {launch.allowed ? (
        <a className={buttonStyles.small} href={`/calls?flowId=${encodeURIComponent(flow.id)}`} aria-label={`Call with ${flow.name}`}>
          Call
        </a>
      ) : (
        <Button variant="small" aria-label={`Call with ${flow.name}`} deniedReason={launch.reason}>
          Call
        </Button>
      )}
      <a className={buttonStyles.small} href={`/api/flows/${flow.id}/export`} download aria-label={`Export ${flow.name} as JSON`}>
        Export
      </a>
      <Button
        variant="small"
        className="text-rose-800"
        aria-label={`Delete ${flow.name}`}
        aria-haspopup="dialog"
        deniedReason={remove.reason}
        onClick={() => onAction('delete', flow)}
      >
        Delete
      </Button>
    </div>
  );
}
