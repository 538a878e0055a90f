import { memo, useId } from 'react';
import { formatMonth } from '../../model';

const W = 320;
const H = 96;
const PAD = { left: 30, right: 6, top: 6, bottom: 16 };

export interface ScorePoint {
  day: number;
  score: number;
}

/**
 * A relation's score over the whole span: the area above zero is cooperation, below is hostility,
 * and a vertical rule marks the time shown.
 */
export const ScoreChart = memo(function ScoreChart({
  series,
  time,
  label,
}: {
  series: ScorePoint[];
  time: number;
  label: string;
}) {
  const id = useId();
  if (series.length < 2) return null;
  const first = series[0].day;
  const last = series[series.length - 1].day;
  const peak = Math.max(1, ...series.map((p) => Math.abs(p.score)));
  const x = (day: number) =>
    PAD.left + ((day - first) / Math.max(1, last - first)) * (W - PAD.left - PAD.right);
  const y = (score: number) => PAD.top + ((peak - score) / (2 * peak)) * (H - PAD.top - PAD.bottom);
  const zero = y(0);
  const line = series
    .map((p, i) => `${i ? 'L' : 'M'}${x(p.day).toFixed(1)},${y(p.score).toFixed(1)}`)
    .join('');
  const area = `${line}L${x(last).toFixed(1)},${zero}L${x(first).toFixed(1)},${zero}Z`;
  const now = Math.min(last, Math.max(first, time));
  const nowPoint = series.reduce((best, p) => (Math.abs(p.day - now) < Math.abs(best.day - now) ? p : best));
  return (
    <svg className="score-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <defs>
        <clipPath id={`${id}-above`}>
          <rect x={0} y={0} width={W} height={zero} />
        </clipPath>
        <clipPath id={`${id}-below`}>
          <rect x={0} y={zero} width={W} height={H - zero} />
        </clipPath>
      </defs>
      <path d={area} className="chart-area-pos" clipPath={`url(#${id}-above)`} />
      <path d={area} className="chart-area-neg" clipPath={`url(#${id}-below)`} />
      <path d={line} className="chart-line" />
      <line x1={PAD.left} x2={W - PAD.right} y1={zero} y2={zero} className="chart-zero" />
      <text x={PAD.left - 4} y={PAD.top + 8} className="chart-label" textAnchor="end">
        +{Math.round(peak)}
      </text>
      <text x={PAD.left - 4} y={zero + 3} className="chart-label" textAnchor="end">
        0
      </text>
      <text x={PAD.left - 4} y={H - PAD.bottom} className="chart-label" textAnchor="end">
        −{Math.round(peak)}
      </text>
      <text x={PAD.left} y={H - 3} className="chart-label">
        {formatMonth(first).slice(0, 4)}
      </text>
      <text x={W - PAD.right} y={H - 3} className="chart-label" textAnchor="end">
        {formatMonth(last).slice(0, 4)}
      </text>
      <line x1={x(now)} x2={x(now)} y1={PAD.top} y2={H - PAD.bottom} className="chart-now" />
      <circle cx={x(nowPoint.day)} cy={y(nowPoint.score)} r={3} className="chart-now-dot" />
    </svg>
  );
});
