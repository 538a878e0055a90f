import { memo } from 'react';
import type { Span } from '../../model';
import { fractionOf, yearTicks } from './scale';

export const Axis = memo(function Axis({ span }: { span: Span }) {
  return (
    <div className="time-axis" aria-hidden="true">
      {yearTicks(span).map((t) => (
        <span key={t.day} className="tick" style={{ left: `${fractionOf(span, t.day) * 100}%` }}>
          {t.label}
        </span>
      ))}
    </div>
  );
});
