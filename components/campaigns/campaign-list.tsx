import Link from 'next/link';
import { Table } from '@/components/ui/table';

export type CampaignRow = { id: string; name: string; status: string; contacts: number; callsPerSecond: number; createdAt: string };

export function CampaignList({ campaigns }: { campaigns: CampaignRow[] }) {
  return (
    <Table
      caption="Campaigns"
      rows={campaigns}
      rowKey={(c) => c.id}
      empty="No campaigns yet."
      columns={[
        { header: 'Name', rowHeader: true, cell: (c) => <Link className="text-blue-800 underline" href={`/campaigns/${c.id}`}>{c.name}</Link> },
        { header: 'Status', cell: (c) => c.status.toLowerCase() },
        { header: 'Contacts', align: 'right', cell: (c) => c.contacts.toLocaleString('en') },
        { header: 'Calls per second', align: 'right', cell: (c) => c.callsPerSecond },
        { header: 'Created (UTC)', className: 'whitespace-nowrap', cell: (c) => c.createdAt.slice(0, 16).replace('T', ' ') },
      ]}
    />
  );
}
