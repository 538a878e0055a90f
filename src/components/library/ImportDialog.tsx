import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatBytes, MAX_IMPORT_BYTES } from '../../model/import/limits';
import { type EntenteState, useEntente } from '../../store';
import { DatasetExport } from './DatasetExport';
import { IssueList } from './IssueList';

const selectImport = (s: EntenteState) => ({
  status: s.importStatus,
  importFiles: s.importDatasetFiles,
  name: s.datasetName,
  actors: s.dataset.actors.length,
  events: s.dataset.events.length,
});

const PHASES = { checking: 'Reading', parsing: 'Parsing', validating: 'Checking' } as const;
export const ACCEPTED_FILES = '.json,.csv,.tsv,.tab,.txt';

/** A modal keeps Tab inside itself, so keyboard users do not wander behind the backdrop. */
function keepFocusInside(root: HTMLElement, e: KeyboardEvent) {
  const focusable = [
    ...root.querySelectorAll<HTMLElement>('button, input, select, [href], [tabindex="0"]'),
  ].filter((el) => !el.hasAttribute('disabled'));
  if (!focusable.length) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = document.activeElement;
  if (e.shiftKey && (active === first || active === root)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

/** The import dialog: pick or drop files, watch progress, read the problems found. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { status, importFiles, name, actors, events } = useEntente(useShallow(selectImport));
  const [over, setOver] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
      if (e.key === 'Tab' && dialog.current) keepFocusInside(dialog.current, e);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      opener?.focus();
    };
  }, [onClose]);

  const start = (files: FileList | null) => {
    if (files?.length) void importFiles([...files]);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    start(e.dataTransfer.files);
  };
  const running = status.state === 'running';
  const errors = status.issues.filter((i) => i.severity === 'error').length;

  return (
    <div className="modal-backdrop">
      <div
        className="modal import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-title"
        tabIndex={-1}
        ref={dialog}
      >
        <h2 id="import-title">Import a dataset</h2>
        <div
          className={`drop-zone${over ? ' drop-over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          <p>
            Drop files here, or{' '}
            <label className="file-pick">
              choose files
              <input
                type="file"
                multiple
                accept={ACCEPTED_FILES}
                disabled={running}
                data-testid="import-input"
                onChange={(e) => {
                  start(e.currentTarget.files);
                  e.currentTarget.value = '';
                }}
              />
            </label>
            .
          </p>
          <p className="muted small">
            Entente JSON · actors.csv + events.csv (choose both) · ICEWS or GDELT event files · a CSV with
            date, source, target and CAMEO code columns. Up to {formatBytes(MAX_IMPORT_BYTES)} per file.
          </p>
        </div>

        <div aria-live="polite" className="import-status">
          {running && (
            <p>
              {status.progress ? `${PHASES[status.progress.phase]} ${status.progress.file}…` : 'Starting…'}{' '}
              <progress max={1} value={status.progress?.fraction ?? 0} aria-label="Import progress" />
            </p>
          )}
          {status.state === 'failed' && (
            <>
              <p className="import-failed" role="alert">
                {status.files.join(', ')} could not be imported ({errors} problem{errors === 1 ? '' : 's'}).
                The current dataset, “{name}”, is unchanged.
              </p>
              <IssueList issues={status.issues} caption="Problems to fix" />
            </>
          )}
          {status.state === 'loaded' && (
            <>
              <p className="import-loaded">
                Loaded “{name}”: {actors} actors, {events} events.
                {status.issues.length ? ' It loaded with the warnings below.' : ''}
              </p>
              {status.issues.length > 0 && <IssueList issues={status.issues} caption="Warnings" />}
            </>
          )}
        </div>
        <DatasetExport />
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
