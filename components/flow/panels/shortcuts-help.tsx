'use client';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Table } from '@/components/ui/table';
import { shortcuts } from '../use-editor-shortcuts';

/** The keyboard shortcuts, in a dialog (Escape or the button closes it). */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title="Keyboard shortcuts">
      <Table
        variant="plain"
        caption="Keyboard shortcuts"
        columns={[
          { header: 'Keys', hideHeader: true, className: 'font-mono', cell: (s) => s.keys },
          { header: 'What it does', hideHeader: true, cell: (s) => s.does },
        ]}
        rows={shortcuts}
        rowKey={(s) => s.keys}
      />
      <Button onClick={onClose} data-autofocus>
        Close
      </Button>
    </Dialog>
  );
}
