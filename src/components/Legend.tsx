import { useState } from 'react';
import type { ActorKind } from '../model';
import { KIND_STYLE, TIE_COLOUR } from '../graph/palette';
import { THEME_SIGN_COLOURS } from '../graph/stylesheet';
import { useEntente } from '../store';
import { KindSwatch } from './KindSwatch';
import './timebar/markers.css';
import { legendStartsOpen } from './responsive/narrow';

function Line({
  colour,
  dash,
  width = 2.5,
  end,
  both = false,
  opacity = 1,
}: {
  colour: string;
  opacity?: number;
  dash?: string;
  width?: number;
  end?: 'tee' | 'dot' | 'arrow';
  /** The same mark at the start too (pointing the other way). */
  both?: boolean;
}) {
  return (
    <svg
      className="legend-line"
      width={30}
      height={14}
      viewBox="0 0 40 14"
      aria-hidden="true"
      opacity={opacity}
    >
      <line
        x1={both ? 7 : 2}
        x2={end ? 33 : 38}
        y1={7}
        y2={7}
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash}
      />
      {end === 'tee' && <line x1={35} x2={35} y1={2} y2={12} stroke={colour} strokeWidth={2} />}
      {end === 'dot' && <circle cx={35} cy={7} r={3} fill={colour} />}
      {end === 'arrow' && <path d="M31 3 38 7 31 11z" fill={colour} />}
      {both && end === 'tee' && <line x1={5} x2={5} y1={2} y2={12} stroke={colour} strokeWidth={2} />}
      {both && end === 'arrow' && <path d="M9 3 2 7 9 11z" fill={colour} />}
    </svg>
  );
}

/** What shapes, colours, dashes and widths mean; collapsible so it never hides the graph for long. */
export function Legend() {
  // Closed at first below 1440 px and on phones, where it would cover the bottom rows of the graph.
  const [open, setOpen] = useState(legendStartsOpen);
  const webgl = useEntente((s) => s.webgl);
  const sign = THEME_SIGN_COLOURS[useEntente((s) => s.theme)];
  const kinds = Object.keys(KIND_STYLE) as ActorKind[];
  const grouped = useEntente((s) => s.grouped);
  return (
    <section className={`legend${open ? '' : ' closed'}`} aria-label="Legend" data-graph-overlay="legend">
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        Legend
      </button>
      {open && (
        <div className="legend-body">
          <ul className="legend-list">
            {kinds.map((k) => (
              <li key={k}>
                <KindSwatch kind={k} />
                {KIND_STYLE[k].label}
              </li>
            ))}
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
            <li>
              <Line colour={sign.positive} />
              Cooperation
            </li>
            <li>
              {webgl ? (
                <Line colour={sign.negative} end="arrow" both />
              ) : (
                <Line colour={sign.negative} dash="6 3" />
              )}
              Hostility
            </li>
            <li>
              <Line colour={sign.neutral} />
              Neutral
            </li>
            <li>
              <svg className="legend-line" width={30} height={14} viewBox="0 0 40 14" aria-hidden="true">
                <path d="M2 7 38 4.5 38 9.5z" fill={sign.neutral} />
              </svg>
              Wider = stronger tone
            </li>
            <li>
              <Line colour={sign.positive} opacity={0.35} />
              Fainter = less evidence
            </li>
            <li>
              <Line colour={sign.neutral} dash="1.5 3" />
              Insufficient evidence
            </li>
          </ul>
          <ul className="legend-list">
            <li>
              {webgl ? (
                <Line colour={TIE_COLOUR} width={2} />
              ) : (
                <Line colour={TIE_COLOUR} dash="1.5 3" width={2} end="dot" />
              )}
              Member of
            </li>
            <li>
              <Line colour={TIE_COLOUR} width={2} end="arrow" />
              Leads
            </li>
            <li>
              <Line colour={sign.positive} width={5} opacity={0.5} />
              Treaty, alliance
            </li>
            <li>
              <Line colour={sign.negative} width={4} dash={webgl ? undefined : '8 4'} opacity={0.5} />
              Rivalry
            </li>
            <li>
              <Line colour={sign.negative} width={5} end={webgl ? 'arrow' : 'tee'} both opacity={0.65} />
              War
            </li>
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
