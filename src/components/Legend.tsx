import { useState } from 'react';
import {
  LEGEND,
  type LegendEntry,
  type LegendMark,
  type LineLook,
  forWebgl,
  inkColour,
} from '../model/export/legend';
import { useEntente } from '../store';
import { KindSwatch } from './KindSwatch';
import './timebar/markers.css';
import { legendStartsOpen } from './responsive/narrow';

const DASH = (look: LineLook) =>
  look.dash === 'dotted' ? '1.5 3' : look.dash ? look.dash.join(' ') : undefined;

/** A legend line drawn from the same look the graph and the pictures use (src/model/export/legend.ts). */
function Line({ look, dark }: { look: LineLook; dark: boolean }) {
  const colour = inkColour(look.ink, dark);
  const { end, both = false, width } = look;
  return (
    <svg
      className="legend-line"
      width={30}
      height={14}
      viewBox="0 0 40 14"
      aria-hidden="true"
      opacity={look.opacity}
    >
      <line
        x1={both ? 7 : 2}
        x2={end ? 33 : 38}
        y1={7}
        y2={7}
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={DASH(look)}
      />
      {end === 'tee' && <line x1={35} x2={35} y1={2} y2={12} stroke={colour} strokeWidth={2} />}
      {end === 'dot' && <circle cx={35} cy={7} r={3} fill={colour} />}
      {end === 'arrow' && <path d="M31 3 38 7 31 11z" fill={colour} />}
      {both && end === 'tee' && <line x1={5} x2={5} y1={2} y2={12} stroke={colour} strokeWidth={2} />}
      {both && end === 'arrow' && <path d="M9 3 2 7 9 11z" fill={colour} />}
    </svg>
  );
}

function Mark({ mark, webgl, dark }: { mark: LegendMark; webgl: boolean; dark: boolean }) {
  if ('kind' in mark) return <KindSwatch kind={mark.kind} />;
  if ('wedge' in mark)
    return (
      <svg className="legend-line" width={30} height={14} viewBox="0 0 40 14" aria-hidden="true">
        <path d="M2 7 38 4.5 38 9.5z" fill={inkColour(mark.wedge, dark)} />
      </svg>
    );
  return <Line look={webgl ? forWebgl(mark.line) : mark.line} dark={dark} />;
}

function Entries({ group, webgl, dark }: { group: LegendEntry['group']; webgl: boolean; dark: boolean }) {
  return LEGEND.filter((e) => e.group === group).map((e) => (
    <li key={e.words}>
      <Mark mark={e.mark} webgl={webgl} dark={dark} />
      {e.words}
    </li>
  ));
}

/** What shapes, colours, dashes and widths mean; collapsible so it never hides the graph for long. */
export function Legend() {
  // Closed at first below 1440 px and on phones, where it would cover the bottom rows of the graph.
  const [open, setOpen] = useState(legendStartsOpen);
  const webgl = useEntente((s) => s.webgl);
  const dark = useEntente((s) => s.theme) === 'dark';
  const grouped = useEntente((s) => s.grouped);
  return (
    <section className={`legend${open ? '' : ' closed'}`} aria-label="Legend" data-graph-overlay="legend">
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        Legend
      </button>
      {open && (
        <div className="legend-body">
          <ul className="legend-list">
            <Entries group="kinds" webgl={webgl} dark={dark} />
            {grouped && (
              <li>
                <span className="legend-community" aria-hidden="true">
                  12
                </span>
                Community (actors in it; double-click to expand)
              </li>
            )}
          </ul>
          <ul className="legend-list">
            <Entries group="relations" webgl={webgl} dark={dark} />
          </ul>
          <ul className="legend-list">
            <Entries group="ties" webgl={webgl} dark={dark} />
          </ul>
          <ul className="legend-list" aria-label="Time bar markers">
            <li>
              <span className="marker-swatch" aria-hidden="true" />
              Major event
            </li>
            <li>
              <span className="marker-swatch marker-war" aria-hidden="true" />
              War begins
            </li>
            <li>
              <span className="marker-swatch marker-treaty" aria-hidden="true" />
              Treaty, alliance begins
            </li>
            <li>
              <span className="legend-cluster" aria-hidden="true">
                3
              </span>
              Markers close together
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
