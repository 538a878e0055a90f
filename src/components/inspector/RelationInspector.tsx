import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { explainEdge, formatDay, labelAt, relationSeries } from '../../model';
import { type EntenteState, selectIndex, useEntente } from '../../store';
import { ActorLink } from './ActorLink';
import { EvidenceList } from './EvidenceList';
import { ScoreChart } from './ScoreChart';
import { StandingList } from './StandingList';
import { EpisodeList } from './EpisodeList';
import { readsSentence, signClass, signed, signWord } from './format';
import './inspector.css';

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
  const { score, sign, weight, contributions, episodes, evidence, confidence, baseline, baselineShare } =
    explanation;
  const standing = explanation.standing ?? [];
  const { kappa } = index.options;
  const years = (n: number) => (n === 1 ? '1 year' : `${n} years`);
  return (
    <article className="inspector-body" aria-label={`Relation between ${name(a)} and ${name(b)}`}>
      <p className="kicker">Relation</p>
      <h2 className="inspector-title">
        <ActorLink id={a} label={name(a)} /> <span aria-hidden="true">–</span>
        <span className="sr-only"> and </span> <ActorLink id={b} label={name(b)} />
      </h2>
      <p className="inspector-lead" data-testid="relation-reads">
        {readsSentence({ ...explanation, sign })}
      </p>
      <dl className="facts">
        <div>
          <dt>Tone</dt>
          <dd className={`score ${signClass(sign)}`}>{signed(score)}</dd>
        </div>
        <div>
          <dt>Reads</dt>
          <dd>{explanation.insufficient ? 'Insufficient evidence' : signWord(sign)}</dd>
        </div>
        <div>
          <dt>Strength</dt>
          <dd>
            <span className="weight-bar" aria-hidden="true">
              <span className={signClass(sign)} style={{ width: `${Math.round(weight * 100)}%` }} />
            </span>{' '}
            {weight.toFixed(2)}
          </dd>
        </div>
        <div>
          <dt>Evidence</dt>
          <dd title="Decayed weight of the episodes behind the tone">
            {evidence.toFixed(2)} (confidence {Math.round(confidence * 100)}%)
          </dd>
        </div>
        {!windowed && (
          <div>
            <dt>Baseline</dt>
            <dd title="Standing score of the lasting states in force">{signed(baseline)}</dd>
          </div>
        )}
      </dl>
      <details className="how-computed">
        <summary>How is this computed?</summary>
        <p className="muted small" data-testid="tone-formula">
          {windowed
            ? `Weighted mean of the episodes from ${formatDay(windowFrom)} to ${formatDay(time)}, without fading: (Σ w·s) / (${evidence.toFixed(2)} + κ ${kappa}).`
            : `At ${formatDay(time)}: (Σ w·s + κ ${kappa} × baseline ${signed(baseline)}) / (evidence ${evidence.toFixed(2)} + κ ${kappa}); each episode's weight halves every ${years(index.options.halfLifeYears)}. Baseline share ${signed(baselineShare)}.`}
        </p>
      </details>
      <h3>Tone over time</h3>
      <ScoreChart
        series={series}
        time={time}
        label={`Tone of ${name(a)} and ${name(b)} from ${formatDay(start)} to ${formatDay(end)}; now ${signed(score)}`}
      />
      <h3>
        Behind this tone <span className="count">{episodes.length + standing.length}</span>
      </h3>
      <StandingList standing={standing} />
      <EpisodeList episodes={episodes} />
      {contributions.length ? (
        <EvidenceList key={`${a}~${b}`} contributions={contributions} />
      ) : (
        <p className="muted">No events between them {windowed ? 'in this window' : 'up to this date'}.</p>
      )}
    </article>
  );
}
