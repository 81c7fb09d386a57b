import type { NodeDataOf } from '@/lib/flow/registry';
import type { FormProps } from '../form-types';

export function HangupForm(_props: FormProps<NodeDataOf<'hangup'>>) {
  return (
    <p className="text-sm text-slate-700">
      Nothing to set: this step ends the call for everyone on it. 8x8 then sends the session summary, which shows up under Calls.
    </p>
  );
}
