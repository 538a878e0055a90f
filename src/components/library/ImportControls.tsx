import { useCallback, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type EntenteState, useEntente } from '../../store';
import { ImportDialog } from './ImportDialog';

const selectControls = (s: EntenteState) => ({
  importFiles: s.importDatasetFiles,
  clearStatus: s.clearImportStatus,
});

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/** The "Import…" button, its dialog, and files dropped anywhere on the app. */
export function ImportControls() {
  const { importFiles, clearStatus } = useEntente(useShallow(selectControls));
  const [open, setOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const close = useCallback(() => {
    setOpen(false);
    clearStatus();
  }, [clearStatus]);

  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (!depth) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!hasFiles(e)) return;
      // Without this the browser would navigate away to the dropped file.
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      if (!files.length) return;
      setOpen(true);
      void importFiles(files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [importFiles]);

  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Import…
      </button>
      {dragging && !open && (
        <div className="drop-overlay" aria-hidden="true">
          Drop files to import them
        </div>
      )}
      {open && <ImportDialog onClose={close} />}
    </>
  );
}
