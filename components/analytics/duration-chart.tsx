'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Analytics } from '@/lib/analytics/analytics-query';
import { ChartCard } from './chart-card';
import { formatSeconds } from './format';

export function DurationChart({ data }: { data: Analytics }) {
  const rows = data.duration.percentiles.map((p) => ({ label: `p${p.percentile}`, seconds: p.seconds === null ? 0 : Math.round(p.seconds) }));
  const words = data.duration.percentiles.map((p) => `p${p.percentile} ${formatSeconds(p.seconds)}`).join(', ');
  return (
    <ChartCard id="durations" title="Call duration percentiles" summary={`Of ${data.totals.ended} ended calls: ${words}.`}>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#334155' }} />
          <YAxis unit=" s" allowDecimals={false} tick={{ fontSize: 11, fill: '#334155' }} width={48} />
          <Tooltip formatter={(value) => formatSeconds(Number(value))} />
          <Bar dataKey="seconds" name="Duration" fill="#1d4ed8" />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
