import { memo } from 'react';
import type { Span } from '../../model';
import type { HistogramBin } from '../../model/histogram';
import { fractionOf } from './scale';

const W = 1000;
const H = 100;
const MID = 58;

/**
 * Events per period: cooperative counts rise above the baseline, hostile ones hang below it, so the
 * two never depend on colour alone. Drawn once per dataset; scrubbing does not re-render it.
 */
export const Histogram = memo(function Histogram({ bins, span }: { bins: HistogramBin[]; span: Span }) {
  const peak = Math.max(1, ...bins.map((b) => Math.max(b.positive + b.neutral, b.negative)));
  const up = (n: number) => (n / peak) * (MID - 4);
  const down = (n: number) => (n / peak) * (H - MID - 4);
  const total = bins.reduce((s, b) => s + b.positive + b.negative + b.neutral, 0);
  return (
    <svg
      className="histogram"
      viewBox={`0 0 ${W} ${H}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={`Events over time: ${total} events in ${bins.length} periods, cooperative above the line and hostile below`}
    >
      <line x1={0} x2={W} y1={MID} y2={MID} className="histogram-axis" />
      {bins.map((b) => {
        const x = fractionOf(span, b.start) * W;
        const w = Math.max(1, fractionOf(span, b.end) * W - x - 0.6);
        const pos = up(b.positive);
        const neu = up(b.neutral);
        const neg = down(b.negative);
        return (
          <g key={b.start}>
            {pos > 0 && <rect className="bar-positive" x={x} y={MID - pos} width={w} height={pos} />}
            {neu > 0 && <rect className="bar-neutral" x={x} y={MID - pos - neu} width={w} height={neu} />}
            {neg > 0 && <rect className="bar-negative" x={x} y={MID} width={w} height={neg} />}
          </g>
        );
      })}
    </svg>
  );
});
