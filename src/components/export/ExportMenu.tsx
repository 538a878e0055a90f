import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { useEntente, useEntenteStore } from '../../store';
import { graphHandle } from '../graph/GraphView';
import { DEFAULT_CHOICE, type ExportChoice, type ExportKind } from './choice';
import { isNarrow } from '../responsive/narrow';
import { PictureOptions } from './PictureOptions';
import './export.css';

// The dialog and every format builder load on first use, never with the app.
const VideoDialog = lazy(() => import('./VideoDialog'));

const ITEMS: { kind: ExportKind; label: string; hint: string }[] = [
  { kind: 'png', label: 'PNG image', hint: 'The graph as a picture' },
  { kind: 'svg', label: 'SVG vector', hint: 'With legend and date; opens in any browser or editor' },
  { kind: 'json', label: 'JSON snapshot', hint: 'Same as the snapshot CLI' },
  { kind: 'csv-nodes', label: 'CSV nodes', hint: 'One row per actor' },
  { kind: 'csv-edges', label: 'CSV edges', hint: 'One row per relation or tie' },
  { kind: 'graphml', label: 'GraphML', hint: 'yEd, Gephi, networkx, igraph' },
  { kind: 'gexf', label: 'GEXF snapshot', hint: 'Gephi, this date' },
  { kind: 'gexf-dynamic', label: 'GEXF dynamic', hint: 'Gephi timeline over the whole span' },
];

const DECK = [
  { kind: 'deck-pdf', label: 'Story deck (PDF)', hint: 'A title page, then each chapter at slide size' },
  { kind: 'deck-zip', label: 'Story slides (PNG, zip)', hint: 'The same slides as PNG files' },
] as const;

/** The header's Export menu: what is on screen, in the format a reader needs. */
export function ExportMenu() {
  const store = useEntenteStore();
  const [open, setOpen] = useState(false);
  const [video, setVideo] = useState(false);
  const [choice, setChoice] = useState<ExportChoice>(() => ({
    ...DEFAULT_CHOICE,
    // On a phone the pane is no picture size: a slide is.
    png: { ...DEFAULT_CHOICE.png, size: isNarrow() ? 'slide' : 'screen' },
  }));
  const [busy, setBusy] = useState<ExportKind | 'deck-pdf' | 'deck-zip' | null>(null);
  const hasStory = useEntente((s) => (s.dataset.chapters?.length ?? 0) > 0);
  const [status, setStatus] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  async function run(kind: ExportKind) {
    setBusy(kind);
    setStatus(null);
    try {
      const { runExport } = await import('./actions');
      await runExport(kind, store.getState(), graphHandle, choice);
    } catch (err) {
      setStatus(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(null);
    }
  }

  async function runDeck(kind: 'deck-pdf' | 'deck-zip') {
    setBusy(kind);
    setStatus(null);
    try {
      const deck = await import('./deck');
      const run = kind === 'deck-pdf' ? deck.downloadDeckPdf : deck.downloadDeckZip;
      await run(store.getState(), graphHandle);
    } catch (err) {
      setStatus(`Export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(null);
    }
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Link copied: it opens at this date, selection and filters.');
    } catch {
      setStatus(`Copy this link: ${window.location.href}`);
    }
  }

  const menuItem = (
    item: { kind: NonNullable<typeof busy>; label: string; hint: string },
    onClick: () => void,
  ) => (
    <button
      key={item.kind}
      type="button"
      role="menuitem"
      data-testid={`export-${item.kind}`}
      title={item.hint}
      disabled={busy !== null}
      onClick={onClick}
    >
      {busy === item.kind ? `${item.label}…` : item.label}
    </button>
  );

  return (
    <div className="export-menu" ref={root}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        Export
      </button>
      {open && (
        <div className="export-popover" role="menu" aria-label="Export">
          <PictureOptions choice={choice} onChange={setChoice} />
          {ITEMS.map((item) => menuItem(item, () => void run(item.kind)))}
          {hasStory && DECK.map((item) => menuItem(item, () => void runDeck(item.kind)))}
          <button type="button" role="menuitem" data-testid="export-webm" onClick={() => setVideo(true)}>
            Video (WebM)…
          </button>
          <button type="button" role="menuitem" data-testid="copy-share-link" onClick={() => void copyLink()}>
            Copy share link
          </button>
          {status && (
            <p className="export-status" role="status">
              {status}
            </p>
          )}
        </div>
      )}
      {video && (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <VideoDialog onClose={() => setVideo(false)} />
        </Suspense>
      )}
    </div>
  );
}
