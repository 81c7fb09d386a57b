import Link from 'next/link';
import { Table, type Column } from '@/components/ui/table';
import type { FlowSummary } from '@/lib/server/flows/flow-summary';
import { FlowRowActions, type RowAction } from './flow-row-actions';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function FlowTable({ flows, busy, onAction }: { flows: FlowSummary[]; busy: string | null; onAction: (action: RowAction, flow: FlowSummary) => void }) {
  const columns: Array<Column<FlowSummary>> = [
    {
      header: 'Name',
      className: 'font-medium',
      cell: (flow) => (
        <Link href={`/flows/${flow.id}`} className="text-blue-800 hover:underline">
          {flow.name}
        </Link>
      ),
    },
    {
      header: 'Status',
      cell: (flow) => (
        <span className={flow.status === 'published' ? 'rounded bg-emerald-100 px-2 py-0.5 text-emerald-800' : 'rounded bg-amber-100 px-2 py-0.5 text-amber-800'}>
          {flow.status}
        </span>
      ),
    },
    { header: 'Version', cell: (flow) => (flow.publishedVersion ? `v${flow.publishedVersion}` : '—') },
    { header: 'Numbers', className: 'font-mono text-xs', cell: (flow) => flow.numbers.join(', ') || '—' },
    { header: 'Last edited (UTC)', className: 'whitespace-nowrap text-slate-600', cell: (flow) => dateFormat.format(flow.updatedAt) },
    { header: 'Actions', hideHeader: true, cell: (flow) => <FlowRowActions flow={flow} busy={busy} onAction={onAction} /> },
  ];
  return <Table caption="Flows" columns={columns} rows={flows} rowKey={(flow) => flow.id} />;
}
