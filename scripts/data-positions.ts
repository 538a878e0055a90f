/**
 * Computes the bundled dataset's drawing positions once, so the app draws its graph at first paint
 * with no layout: the same span layout the app runs in its worker (ForceAtlas2 from the spiral), then
 * compacted, stretched and decluttered for a typical desktop graph pane. Writes data/positions.json;
 * `npm run data:build` merges it into data/entente.json. Run again after the parts gain actors
 * (actors without a position are laid out by the app around the shipped ones).
 */
import { writeFileSync } from 'node:fs';
import { indexDataset, positionsToRecord, validateDataset } from '../src/model';
import { spanLayout } from '../src/graph/layout';
import { finishLayout } from '../src/graph/place';
import { mergeParts, POSITIONS_FILE, readParts } from './build-dataset';

/** A 1440 x 900 window's graph pane, less margins and the legend strip. */
const PANE = { width: 1000, height: 620 };

const result = validateDataset(mergeParts(readParts(), {}));
if (!result.ok) throw new Error('the merged parts are invalid: run `npm run data:build` for details');
const index = indexDataset(result.dataset);
const positions = positionsToRecord(finishLayout(index, spanLayout(index), PANE));
const sorted = Object.fromEntries(Object.entries(positions).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(POSITIONS_FILE, `${JSON.stringify(sorted, null, 0).replace(/\],/g, '],\n ')}\n`);
process.stdout.write(`wrote data/positions.json: ${Object.keys(sorted).length} actors\n`);
