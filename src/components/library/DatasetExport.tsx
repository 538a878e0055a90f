import { useEntente } from '../../store';
import { slugify } from '../../model/import/slug';
import { downloadText } from '../export/download';

// The writers (and papaparse) load on the first click: they stay out of the page's first bundle.
const writers = () => import('../../model/import/export');

/** Downloads the dataset shown, in a form the importer reads back to the same data. */
export function DatasetExport() {
  const dataset = useEntente((s) => s.dataset);
  const base = slugify(dataset.meta.name, 60);
  return (
    <p className="dataset-export">
      Save the dataset shown:{' '}
      <button
        type="button"
        onClick={() =>
          void writers().then(({ exportDataset }) =>
            downloadText(exportDataset(dataset), `${base}.json`, 'application/json'),
          )
        }
      >
        Entente JSON
      </button>{' '}
      <button
        type="button"
        title="Actors and events only; ties and source titles need the JSON format"
        onClick={() =>
          void writers().then(({ exportCsvPair }) => {
            const pair = exportCsvPair(dataset);
            downloadText(pair['actors.csv'], `${base}-actors.csv`, 'text/csv');
            downloadText(pair['events.csv'], `${base}-events.csv`, 'text/csv');
          })
        }
      >
        CSV pair
      </button>
    </p>
  );
}
