'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Analytics } from '@/lib/analytics/analytics-query';
import { ChartCard } from './chart-card';
import { formatBucket } from './format';

export function CallsOverTimeChart({ data }: { data: Analytics }) {
  const unit = data.bucket;
  const rows = data.perBucket.map((b) => ({ label: formatBucket(b.start, unit), completed: b.completed, other: b.calls - b.completed }));
  const busiest = data.perBucket.reduce((max, b) => Math.max(max, b.calls), 0);
  return (
    <ChartCard
      id="calls-over-time"
      title={`Calls per ${unit} (UTC)`}
      summary={`${data.totals.calls} calls over ${data.perBucket.length} ${unit}s; at most ${busiest} in one ${unit}.`}
    >
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#334155' }} minTickGap={12} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: '#334155' }} width={32} />
          <Tooltip />
          <Bar dataKey="completed" name="Completed" stackId="calls" fill="#059669" />
          <Bar dataKey="other" name="Other outcomes" stackId="calls" fill="#94a3b8" />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
