import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { explainEdge, formatDay, labelAt, relationSeries } from '../../model';
import { type EntenteState, selectIndex, useEntente } from '../../store';
import { ActorLink } from './ActorLink';
import { EvidenceList } from './EvidenceList';
import { ScoreChart } from './ScoreChart';
import { StandingList } from './StandingList';
import { signClass, signed, signWord } from './format';

const selectRelation = (s: EntenteState) => ({
  index: selectIndex(s),
  time: s.time,
  mode: s.mode,
  windowFrom: s.windowFrom,
});

/** An actor pair's relation: its value now, its history, and the events that make it. */
export function RelationInspector({ a, b }: { a: string; b: string }) {
  const { index, time, mode, windowFrom } = useEntente(useShallow(selectRelation));
  const windowed = mode === 'window';
  const explanation = useMemo(
    () => explainEdge(index, a, b, time, windowed ? { windowFrom } : {}),
    [index, a, b, time, windowed, windowFrom],
  );
  const { start, end } = index.span;
  const series = useMemo(() => {
    const step = Math.max(15, Math.ceil((end - start) / 400));
    return relationSeries(index, a, b, start, end, step);
  }, [index, a, b, start, end]);
  const name = (id: string) => {
    const entry = index.actors.get(id);
    return entry ? labelAt(entry, time) : id;
  };
  const { score, sign, weight, contributions } = explanation;
  const standing = explanation.standing ?? [];
  return (
    <article className="inspector-body" aria-label={`Relation between ${name(a)} and ${name(b)}`}>
      <p className="kicker">Relation</p>
      <h2 className="inspector-title">
        <ActorLink id={a} label={name(a)} /> <span aria-hidden="true">–</span>
        <span className="sr-only"> and </span> <ActorLink id={b} label={name(b)} />
      </h2>
      <dl className="facts">
        <div>
          <dt>Score</dt>
          <dd className={`score ${signClass(sign)}`}>{signed(score)}</dd>
        </div>
        <div>
          <dt>Sign</dt>
          <dd>{signWord(sign)}</dd>
        </div>
        <div>
          <dt>Weight</dt>
          <dd>
            <span className="weight-bar" aria-hidden="true">
              <span className={signClass(sign)} style={{ width: `${Math.round(weight * 100)}%` }} />
            </span>{' '}
            {weight.toFixed(2)}
          </dd>
        </div>
      </dl>
      <p className="muted small">
        {windowed
          ? `Sum of the events from ${formatDay(windowFrom)} to ${formatDay(time)}, without fading.`
          : `At ${formatDay(time)}; each event's share halves every ${index.options.halfLifeYears} years.`}
      </p>
      <h3>Score over time</h3>
      <ScoreChart
        series={series}
        time={time}
        label={`Score of ${name(a)} and ${name(b)} from ${formatDay(start)} to ${formatDay(end)}; now ${signed(score)}`}
      />
      <h3>
        What makes it <span className="count">{contributions.length + standing.length}</span>
      </h3>
      <StandingList standing={standing} />
      {contributions.length ? (
        <EvidenceList key={`${a}~${b}`} contributions={contributions} />
      ) : (
        <p className="muted">No events between them {windowed ? 'in this window' : 'up to this date'}.</p>
      )}
    </article>
  );
}
