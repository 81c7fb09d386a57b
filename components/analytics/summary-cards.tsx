import type { Analytics } from '@/lib/analytics/analytics-query';
import { formatSeconds } from './format';

type Card = { label: string; value: string; hint?: string };

export function SummaryCards({ data }: { data: Analytics }) {
  const percentile = (p: number) => data.duration.percentiles.find((x) => x.percentile === p)?.seconds ?? null;
  const cards: Card[] = [
    { label: 'Total calls', value: String(data.totals.calls), hint: data.totals.inProgress ? `${data.totals.inProgress} in progress` : undefined },
    { label: 'Completed', value: String(data.totals.completed) },
    { label: 'Average duration', value: formatSeconds(data.duration.average), hint: `over ${data.totals.ended} ended` },
    { label: 'Median (p50) duration', value: formatSeconds(percentile(50)) },
    { label: 'p90 duration', value: formatSeconds(percentile(90)) },
    { label: 'Average MOS', value: data.mos.average === null ? '—' : data.mos.average.toFixed(2), hint: `${data.mos.legs} legs rated` },
  ];
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
      {cards.map((card) => {
        const id = `card-${card.label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
        return (
          <div key={card.label} role="group" aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
            <p id={id} className="text-xs font-medium text-slate-600">
              {card.label}
            </p>
            <p className="mt-1 text-2xl font-semibold text-slate-900">{card.value}</p>
            {card.hint && <p className="text-xs text-slate-600">{card.hint}</p>}
          </div>
        );
      })}
    </div>
  );
}
