import { Table, type Column } from '@/components/ui/table';
import { qualityLabel } from '@/lib/eightbyeight/status-codes';

export type Leg = {
  id: string;
  legKey: string;
  callId: string;
  direction: string | null;
  callType: string | null;
  source: string | null;
  destination: string | null;
  status: string | null;
  durationS: number | null;
  mos: number | null;
  packetLossRate: number | null;
  jitterMs: number | null;
};

const qualityStyles = { good: 'bg-emerald-100 text-emerald-900', fair: 'bg-amber-100 text-amber-900', poor: 'bg-rose-100 text-rose-900' } as const;

const orDash = (value: string | number | null) => (value === null ? '—' : String(value));

const columns: Array<Column<Leg>> = [
  {
    header: 'Leg',
    cell: (leg) => (
      <>
        {leg.legKey} <span className="text-xs text-slate-600">{leg.callType ?? ''} {leg.direction?.toLowerCase() ?? ''}</span>
      </>
    ),
  },
  { header: 'From → to', className: 'whitespace-nowrap', cell: (leg) => `${orDash(leg.source)} → ${orDash(leg.destination)}` },
  { header: 'Status', cell: (leg) => orDash(leg.status) },
  { header: 'Duration', cell: (leg) => (leg.durationS === null ? '—' : `${leg.durationS} s`) },
  { header: 'MOS', cell: (leg) => (leg.mos === null ? '—' : leg.mos.toFixed(2)) },
  { header: 'Jitter', cell: (leg) => (leg.jitterMs === null ? '—' : `${leg.jitterMs} ms`) },
  { header: 'Packet loss rate', cell: (leg) => (leg.packetLossRate === null ? '—' : String(leg.packetLossRate)) },
  {
    header: 'Quality',
    cell: (leg) => {
      const quality = leg.mos === null ? null : qualityLabel(leg.mos);
      return quality ? <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${qualityStyles[quality]}`}>{quality}</span> : '—';
    },
  },
];

/** The legs from the session summary, with 8x8's call-quality figures. */
export function CallLegs({ legs }: { legs: Leg[] }) {
  return (
    <Table
      caption="Call legs and their quality"
      columns={columns}
      rows={legs}
      rowKey={(leg) => leg.id}
      empty="No legs yet: 8x8 sends them with the session summary when the call ends."
    />
  );
}
