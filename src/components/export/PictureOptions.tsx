import { PICTURE_PRESETS, type PresetName } from '../../model/export/presets';
import { isNarrow } from '../responsive/narrow';
import type { ExportChoice } from './choice';
import type { PngChoice } from './picture';
import type { PictureSize } from './picture';

const SIZES: { value: PictureSize; label: string }[] = [
  { value: 'screen', label: 'As on screen' },
  ...(Object.keys(PICTURE_PRESETS) as PresetName[]).map((p) => ({
    value: p,
    label: PICTURE_PRESETS[p].label,
  })),
];

const FURNITURE: { key: keyof Pick<PngChoice, 'title' | 'date' | 'legend' | 'source'>; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'date', label: 'Date' },
  { key: 'legend', label: 'Legend' },
  { key: 'source', label: 'Source line' },
];

/** The options above the format buttons: what a PNG/SVG shows, and the CSV and graph-file variants. */
export function PictureOptions({
  choice,
  onChange,
}: {
  choice: ExportChoice;
  onChange: (next: ExportChoice) => void;
}) {
  const png = choice.png;
  const setPng = (next: Partial<PngChoice>) => onChange({ ...choice, png: { ...png, ...next } });
  return (
    <>
      <fieldset className="export-png-options">
        <legend>PNG and SVG</legend>
        <div className="export-furniture">
          {FURNITURE.map(({ key, label }) => (
            <label key={key}>
              <input
                type="checkbox"
                checked={png[key]}
                onChange={(e) => setPng({ [key]: e.target.checked })}
              />
              {label}
            </label>
          ))}
        </div>
        <label>
          <input type="checkbox" checked={png.full} onChange={(e) => setPng({ full: e.target.checked })} />
          Full graph (not just the view)
        </label>
        <label>
          <input
            type="checkbox"
            checked={png.transparent}
            onChange={(e) => setPng({ transparent: e.target.checked })}
          />
          Transparent background
        </label>
        <label>
          Size
          <select value={png.size} onChange={(e) => setPng({ size: e.target.value as PictureSize })}>
            {/* A phone's pane is no picture size: only the presets there. */}
            {SIZES.filter((s) => s.value !== 'screen' || !isNarrow()).map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Scale (PNG)
          <select
            value={png.scale}
            disabled={png.size !== 'screen'}
            title={png.size === 'screen' ? undefined : 'A preset has its own pixel size'}
            onChange={(e) => setPng({ scale: Number(e.target.value) })}
          >
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset className="export-png-options">
        <legend>Tables and graph files</legend>
        <label title="A UTF-8 byte-order mark, so Excel on Windows reads accented and non-Latin names right">
          <input
            type="checkbox"
            checked={choice.bom}
            onChange={(e) => onChange({ ...choice, bom: e.target.checked })}
          />
          CSV for Excel (UTF-8 BOM)
        </label>
        <label title="Memberships and leaderships as directed edges in an undirected graph: Gephi draws arrows; networkx cannot read it">
          <input
            type="checkbox"
            checked={choice.direction === 'mixed'}
            onChange={(e) => onChange({ ...choice, direction: e.target.checked ? 'mixed' : 'undirected' })}
          />
          Mixed directions (Gephi)
        </label>
      </fieldset>
    </>
  );
}
