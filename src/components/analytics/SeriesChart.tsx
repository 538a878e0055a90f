import { memo } from 'react';
import { yearOf } from '../../model';
import type { AnalyticsSample } from '../../model/analytics';

const W = 320;
const H = 120;
const PAD = { left: 30, right: 8, top: 8, bottom: 18 };

/**
 * Balance (share of balanced triangles) and frustration (share of signed weight on frustrated ties)
 * over the whole span, both on a 0-100% scale, with the time shown marked by a vertical rule.
 */
export const SeriesChart = memo(function SeriesChart({
  samples,
  time,
}: {
  samples: readonly AnalyticsSample[];
  time: number;
}) {
  if (samples.length < 2) return null;
  const first = samples[0].day;
  const last = samples[samples.length - 1].day;
  const x = (day: number) =>
    PAD.left + ((day - first) / Math.max(1, last - first)) * (W - PAD.left - PAD.right);
  const y = (share: number) => PAD.top + (1 - share) * (H - PAD.top - PAD.bottom);
  const path = (value: (s: AnalyticsSample) => number) =>
    samples.map((s, i) => `${i ? 'L' : 'M'}${x(s.day).toFixed(1)},${y(value(s)).toFixed(1)}`).join('');
  const now = x(Math.min(last, Math.max(first, time)));
  const firstYear = yearOf(first);
  const lastYear = yearOf(last);
  return (
    <svg
      className="series-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={`Balance and frustration from ${firstYear} to ${lastYear}`}
      data-testid="series-chart"
    >
      {[0, 0.5, 1].map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="chart-grid" />
          <text x={PAD.left - 4} y={y(v) + 3} className="chart-label" textAnchor="end">
            {v * 100}%
          </text>
        </g>
      ))}
      <path d={path((s) => s.balance)} className="series-balance" data-testid="series-balance" />
      <path
        d={path((s) => s.frustrationShare)}
        className="series-frustration"
        data-testid="series-frustration"
      />
      <line
        x1={now}
        x2={now}
        y1={PAD.top}
        y2={H - PAD.bottom}
        className="chart-now"
        data-testid="series-now"
      />
      <text x={PAD.left} y={H - 4} className="chart-label">
        {firstYear}
      </text>
      <text x={W - PAD.right} y={H - 4} className="chart-label" textAnchor="end">
        {lastYear}
      </text>
    </svg>
  );
});
