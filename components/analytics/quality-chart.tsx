'use client';

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Analytics } from '@/lib/analytics/analytics-query';
import { qualityThresholds } from '@/lib/eightbyeight/status-codes';
import { ChartCard } from './chart-card';

const bands = [
  { key: 'good', label: `Good (MOS ≥ ${qualityThresholds.good.toFixed(1)})`, fill: '#059669' },
  { key: 'fair', label: `Fair (${qualityThresholds.fair.toFixed(1)}–${qualityThresholds.good.toFixed(1)})`, fill: '#d97706' },
  { key: 'poor', label: `Poor (< ${qualityThresholds.fair.toFixed(1)})`, fill: '#e11d48' },
] as const;

export function QualityChart({ data }: { data: Analytics }) {
  const rows = bands.map((b) => ({ label: b.label, legs: data.quality[b.key], fill: b.fill }));
  return (
    <ChartCard
      id="quality"
      title="Call quality"
      summary={`${data.mos.legs} legs with a MOS: ${data.quality.good} good, ${data.quality.fair} fair, ${data.quality.poor} poor.`}
    >
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#334155' }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: '#334155' }} width={32} />
          <Tooltip />
          <Bar dataKey="legs" name="Legs">
            {rows.map((r) => (
              <Cell key={r.label} fill={r.fill} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
