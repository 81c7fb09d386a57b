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

/** The legs from the session summary, with 8x8's call-quality figures. */
export function CallLegs({ legs }: { legs: Leg[] }) {
  if (legs.length === 0) return <p className="text-sm text-slate-600">No legs yet: 8x8 sends them with the session summary when the call ends.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Call legs and their quality</caption>
        <thead className="bg-slate-50 text-xs uppercase text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">Leg</th>
            <th scope="col" className="px-3 py-2">From → to</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Duration</th>
            <th scope="col" className="px-3 py-2">MOS</th>
            <th scope="col" className="px-3 py-2">Jitter</th>
            <th scope="col" className="px-3 py-2">Packet loss rate</th>
            <th scope="col" className="px-3 py-2">Quality</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {legs.map((leg) => {
            const quality = leg.mos === null ? null : qualityLabel(leg.mos);
            return (
              <tr key={leg.id}>
                <td className="px-3 py-2">
                  {leg.legKey} <span className="text-xs text-slate-600">{leg.callType ?? ''} {leg.direction?.toLowerCase() ?? ''}</span>
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  {orDash(leg.source)} → {orDash(leg.destination)}
                </td>
                <td className="px-3 py-2">{orDash(leg.status)}</td>
                <td className="px-3 py-2">{leg.durationS === null ? '—' : `${leg.durationS} s`}</td>
                <td className="px-3 py-2">{leg.mos === null ? '—' : leg.mos.toFixed(2)}</td>
                <td className="px-3 py-2">{leg.jitterMs === null ? '—' : `${leg.jitterMs} ms`}</td>
                <td className="px-3 py-2">{leg.packetLossRate === null ? '—' : String(leg.packetLossRate)}</td>
                <td className="px-3 py-2">
                  {quality ? <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${qualityStyles[quality]}`}>{quality}</span> : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
