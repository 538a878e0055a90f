import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, useEntente } from '../../store';
import { BUNDLED_DATASET_ID } from '../../store/library-slice';
import { DamagedRecords } from './DamagedRecords';
import { ImportControls } from './ImportControls';
import './library.css';

const selectSwitcher = (s: EntenteState) => ({
  library: s.library,
  active: s.activeDatasetId,
  bundledName: s.bundledDatasetName,
  restore: s.restoreLibrary,
  switchTo: s.switchDataset,
  remove: s.deleteDataset,
  busy: s.importStatus.state === 'running' || s.opening !== null || s.indexing !== null,
  opening: s.opening,
  indexing: s.indexing,
});

/** Header control: the bundled dataset and every imported one; import; delete (after a confirmation). */
export function DatasetSwitcher() {
  const { library, active, bundledName, restore, switchTo, remove, busy, opening, indexing } = useEntente(
    useShallow(selectSwitcher),
  );
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    void restore();
  }, [restore]);
  const activeEntry = library.find((e) => e.id === active);
  // The select may cut a long name short; its tooltip always carries the whole of it.
  const activeName = activeEntry ? activeEntry.name : bundledName;

  return (
    <div className="dataset-switcher">
      <label htmlFor="dataset-select" className="sr-only">
        Dataset
      </label>
      <select
        id="dataset-select"
        value={active}
        disabled={busy}
        title={`Dataset shown: ${activeName}`}
        onChange={(e) => {
          setConfirming(false);
          void switchTo(e.currentTarget.value);
        }}
      >
        <option value={BUNDLED_DATASET_ID} title={bundledName}>
          {bundledName} (built in)
        </option>
        {library.map((entry) => (
          <option key={entry.id} value={entry.id} title={entry.name}>
            {entry.name} ({entry.events} events)
          </option>
        ))}
      </select>
      {opening && (
        <span className="muted small" role="status">
          Opening “{opening}”…
        </span>
      )}
      {indexing && (
        <span className="muted small" role="status">
          {indexing}
        </span>
      )}
      {activeEntry && !confirming && (
        <button type="button" onClick={() => setConfirming(true)} title="Remove this imported dataset">
          Delete…
        </button>
      )}
      {activeEntry && confirming && (
        <span className="confirm" role="group" aria-label="Confirm deletion">
          Delete “{activeEntry.name}” from this browser?
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(false);
              void remove(activeEntry.id);
            }}
          >
            Delete
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      )}
      <DamagedRecords />
      <ImportControls />
    </div>
  );
}
