import type { FlowSummary } from '@/lib/server/flows/flow-summary';
import { buttonStyles } from '@/components/ui/modal-dialog';

export type RowAction = 'duplicate' | 'rename' | 'delete';

/** A row's actions; each button's name includes the flow's, so a screen reader hears which. */
export function FlowRowActions({ flow, busy, onAction }: { flow: FlowSummary; busy: string | null; onAction: (action: RowAction, flow: FlowSummary) => void }) {
  const duplicating = busy === `duplicate:${flow.id}`;
  return (
    <div className="flex justify-end gap-1.5 whitespace-nowrap">
      <button type="button" className={buttonStyles.small} aria-label={`Rename ${flow.name}`} aria-haspopup="dialog" onClick={() => onAction('rename', flow)}>
        Rename
      </button>
      <button
        type="button"
        className={buttonStyles.small}
        aria-label={`Duplicate ${flow.name}`}
        disabled={duplicating}
        aria-busy={duplicating}
        onClick={() => onAction('duplicate', flow)}
      >
        {duplicating ? 'Duplicating…' : 'Duplicate'}
      </button>
      <a className={buttonStyles.small} href={`/calls?flowId=${encodeURIComponent(flow.id)}`} aria-label={`Call with ${flow.name}`}>
        Call
      </a>
      <a className={buttonStyles.small} href={`/api/flows/${flow.id}/export`} download aria-label={`Export ${flow.name} as JSON`}>
        Export
      </a>
      <button
        type="button"
        className={`${buttonStyles.small} text-rose-800`}
        aria-label={`Delete ${flow.name}`}
        aria-haspopup="dialog"
        onClick={() => onAction('delete', flow)}
      >
        Delete
      </button>
    </div>
  );
}
