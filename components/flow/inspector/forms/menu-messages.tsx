'use client';

import type { MenuData } from '@/lib/flow/nodes/menu/definition';
import { TextField } from '../fields/text-field';

type Props = { data: MenuData; onChange: (patch: Partial<MenuData>) => void };

/** Optional lines 8x8 speaks after the capture; an empty one is not sent. */
export function MenuMessages({ data, onChange }: Props) {
  return (
    <div className="space-y-3">
      <TextField
        label="Success message"
        value={data.successMessage ?? ''}
        onChange={(text) => onChange({ successMessage: text || undefined })}
        hint="Spoken when the entry is accepted. Leave empty to say nothing."
      />
      <TextField
        label="Failure message"
        value={data.failureMessage ?? ''}
        onChange={(text) => onChange({ failureMessage: text || undefined })}
        hint="Spoken before a retry when the entry is not accepted. Leave empty to say nothing."
      />
    </div>
  );
}
