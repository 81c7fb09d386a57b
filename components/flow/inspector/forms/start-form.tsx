import type { NodeDataOf } from '@/lib/flow/registry';
import type { FormProps } from '../form-types';

export function StartForm(_props: FormProps<NodeDataOf<'start'>>) {
  return (
    <div className="space-y-2 text-sm text-slate-700">
      <p>Nothing to set: every call begins here, inbound calls to a number routed to this flow and outbound callbacks alike.</p>
      <p>Connect its “Next” output to the first step callers hear. The Start step cannot be deleted.</p>
    </div>
  );
}
