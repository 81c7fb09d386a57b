'use client';

import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import type { Analytics } from '@/lib/analytics/analytics-query';
import { ChartCard } from './chart-card';

const colours: Record<string, string> = {
  COMPLETED: '#059669',
  IN_PROGRESS: '#0284c7',
  BUSY: '#d97706',
  NO_ANSWER: '#7c3aed',
  FAILED: '#e11d48',
  CANCELED: '#64748b',
  ERROR: '#9f1239',
  NOT_CREATED: '#475569',
};
const colourOf = (status: string) => colours[status] ?? '#334155';

/** The outcome mix as a donut, with each outcome's count and meaning listed beside it. */
export function OutcomeChart({ data }: { data: Analytics }) {
  return (
    <ChartCard id="outcomes" title="Outcome mix" summary="Final status of each call; live calls count as in progress.">
      <div className="grid gap-4 md:grid-cols-2">
        <ResponsiveContainer width="100%" height={200}>
          <PieChart>
            <Pie data={data.outcomes} dataKey="count" nameKey="label" innerRadius={50} outerRadius={80} isAnimationActive={false}>
              {data.outcomes.map((o) => (
                <Cell key={o.status} fill={colourOf(o.status)} />
              ))}
            </Pie>
            <Tooltip />
          </PieChart>
        </ResponsiveContainer>
        <ul aria-label="Outcomes" className="space-y-2 text-sm">
          {data.outcomes.map((o) => (
            <li key={o.status} data-status={o.status} className="flex gap-2">
              <span aria-hidden className="mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: colourOf(o.status) }} />
              <span>
                <span className="font-medium text-slate-900">
                  {o.label}: <span data-testid={`outcome-count-${o.status}`}>{o.count}</span>
                </span>
                <span className="block text-xs text-slate-600">{o.meaning}</span>
              </span>
            </li>
          ))}
        </ul>
      </div>
    </ChartCard>
  );
}
