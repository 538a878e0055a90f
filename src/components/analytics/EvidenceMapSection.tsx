import { useMemo, useState } from 'react';
import {
  type EvidenceBucket,
  type EvidenceRow,
  LASTING_LETTERS,
  cellMark,
  cellTitle,
  evidenceKey,
  evidenceMap,
  periodText,
} from '../../model/analytics';
import { selectIndex, useEntente } from '../../store';
import { downloadEvidenceCsv, downloadEvidencePng } from './evidence-map-download';
import './evidence-map.css';

/** Rows beyond the main pairs shown before "Show all" (the CSV and PNG always hold every pair). */
const OTHER_ROWS = 30;

/**
 * Pairs by decade (or year), each cell coloured by how much dated evidence stands behind it and
 * lettered with the lasting states in force, so a reader sees where the picture rests on little.
 */
export function EvidenceMapSection() {
  const index = useEntente(selectIndex);
  const [bucket, setBucket] = useState<EvidenceBucket>('decade');
  const [all, setAll] = useState(false);
  const map = useMemo(() => evidenceMap(index, { bucket }), [index, bucket]);
  const main = map.rows.filter((r) => r.main);
  const others = map.rows.filter((r) => !r.main);
  const shown = all ? others : others.slice(0, OTHER_ROWS);
  const row = (r: EvidenceRow) => (
    <tr key={r.key} className={r.main ? 'evidence-main' : undefined}>
      <th scope="row">{r.label}</th>
      {r.cells.map((c, k) => {
        const title = cellTitle(r.label, map.periods[k], c);
        return (
          <td key={k} className={c.exists ? `ev-${c.level}` : 'ev-na'} title={title} aria-label={title}>
            {cellMark(c, bucket)}
          </td>
        );
      })}
    </tr>
  );
  return (
    <section aria-label="Evidence map" className="analytics-section" data-testid="evidence-map">
      <h3>Where the evidence is thin</h3>
      <div className="evidence-controls">
        <label>
          By{' '}
          <select value={bucket} onChange={(e) => setBucket(e.target.value as EvidenceBucket)}>
            <option value="decade">decade</option>
            <option value="year">year</option>
          </select>
        </label>
        <button type="button" onClick={() => downloadEvidenceCsv(map)}>
          CSV
        </button>
        <button type="button" onClick={() => void downloadEvidencePng(map, index.dataset.meta.name)}>
          PNG
        </button>
      </div>
      <div
        className="evidence-scroll"
        role="region"
        tabIndex={0}
        aria-label="Evidence map table, scrolls sideways"
      >
        <table className={`evidence-table evidence-${bucket}`} data-testid="evidence-table">
          <caption className="sr-only">
            Dated events behind each pair per {bucket}; letters mark lasting states in force
          </caption>
          <thead>
            <tr>
              <th scope="col">Pair</th>
              {map.periods.map((p) => (
                <th scope="col" key={p.from} title={periodText(p)}>
                  {bucket === 'decade' ? `${p.from - (p.from % 10)}s` : `’${String(p.from).slice(2)}`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {main.map(row)}
            {shown.length > 0 && (
              <tr className="evidence-divider">
                <th scope="rowgroup" colSpan={map.periods.length + 1}>
                  <span>Other pairs, most evidence first</span>
                </th>
              </tr>
            )}
            {shown.map(row)}
          </tbody>
        </table>
      </div>
      {others.length > OTHER_ROWS && (
        <button type="button" className="link-button" onClick={() => setAll(!all)}>
          {all ? 'Show fewer pairs' : `Show all ${map.rows.length} pairs`}
        </button>
      )}
      <EvidenceKey kappa={map.kappa} />
    </section>
  );
}

function EvidenceKey({ kappa }: { kappa: number }) {
  return (
    <div className="evidence-key" data-testid="evidence-key">
      {evidenceKey(kappa).map(([level, text]) => (
        <span key={level}>
          <span className={`evidence-swatch ev-${level}`} aria-hidden="true" />
          {text}
        </span>
      ))}
      <span>
        <span className="evidence-swatch ev-na" aria-hidden="true" />
        not both in existence
      </span>
      <p className="muted small">
        Number: dated events in the period; evidence is their summed weight, against the model’s prior
        strength κ = {kappa} (below κ the events alone never set most of the tone). Letters: lasting states in
        force —{' '}
        {Object.entries(LASTING_LETTERS)
          .map(([type, letter]) => `${letter} ${type}`)
          .join(', ')}
        . Main pairs (bold) are those among the eight actors with the most events and lasting states.
      </p>
    </div>
  );
}
