import { type Dataset, datasetFingerprint } from '../model';

/**
 * A dataset as it crosses from a worker to the page: one JSON text (what gets stored) plus the spans
 * of its event slices. Parsing 100,000 events in one JSON.parse is a 0.3-1.5 s task on the main thread;
 * slice by slice, with a yield between slices, no task is long and the page keeps painting.
 */
export interface DatasetWire {
  /** The whole dataset as compact JSON, `events` last. */
  json: string;
  /** The same JSON as a Blob, for storage: IndexedDB keeps a Blob without the page copying it. */
  blob: Blob;
  /** Everything but the events, as JSON. */
  head: string;
  /** [start, end) of each slice of event objects inside `json` (without the brackets). */
  spans: [number, number][];
  /** The content fingerprint of `json`, which share links carry to name the dataset. */
  fingerprint: string;
}

/** Events per slice: about 1 MB of JSON, 10-20 ms to parse on a quiet 2-core machine. */
export const EVENTS_PER_SLICE = 5_000;

export function datasetToWire(dataset: Dataset, perSlice = EVENTS_PER_SLICE): DatasetWire {
  const { events, ...rest } = dataset;
  const head = JSON.stringify(rest);
  const parts = [head.length > 2 ? `${head.slice(0, -1)},"events":[` : '{"events":['];
  let at = parts[0].length;
  const spans: [number, number][] = [];
  for (let from = 0; from < events.length; from += perSlice) {
    // Each slice is an array's inside: "[a,b]" minus its brackets.
    const slice = JSON.stringify(events.slice(from, from + perSlice)).slice(1, -1);
    if (spans.length) {
      parts.push(',');
      at += 1;
    }
    parts.push(slice);
    spans.push([at, at + slice.length]);
    at += slice.length;
  }
  parts.push(']}');
  const json = parts.join('');
  const blob = new Blob([json], { type: 'application/json' });
  return { json, blob, head, spans, fingerprint: datasetFingerprint(json) };
}

/** Gives the event loop a turn, so input and paint run between slices. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Rebuilds the dataset slice by slice, yielding between slices. */
export async function datasetFromWire(
  wire: DatasetWire,
  pause: () => Promise<void> = yieldToPage,
): Promise<Dataset> {
  const dataset = JSON.parse(wire.head) as Omit<Dataset, 'events'>;
  const events: Dataset['events'] = [];
  for (const [start, end] of wire.spans) {
    await pause();
    const slice = JSON.parse(`[${wire.json.slice(start, end)}]`) as Dataset['events'];
    for (const event of slice) events.push(event);
  }
  return { ...dataset, events } as Dataset;
}
