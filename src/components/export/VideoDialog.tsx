import { useRef, useState } from 'react';
import { formatDay, parseDate } from '../../model';
import { animationFileName } from '../../model/export/filenames';
import { VIDEO_PRESETS, type VideoPresetName } from '../../model/export/presets';
import { useEntenteStore } from '../../store';
import { graphHandle } from '../graph/GraphView';
import { downloadBlob } from './download';
import { frameDays, recordWebm, webmSupported } from './record-webm';

const STEPS = [1, 3, 6, 12] as const;
const FPS = [6, 12, 24] as const;

/** Lazy-loaded dialog: choose a range, watch the progress bar, cancel at any frame. */
export default function VideoDialog({ onClose }: { onClose: () => void }) {
  const store = useEntenteStore();
  const span = store.getState().index.span;
  const [from, setFrom] = useState(formatDay(span.start));
  const [to, setTo] = useState(formatDay(span.end));
  const [step, setStep] = useState<number>(3);
  const [fps, setFps] = useState<number>(12);
  const [preset, setPreset] = useState<VideoPresetName>('1080p');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const a = parseDate(from)?.start;
  const b = parseDate(to)?.start;
  const valid = a !== undefined && b !== undefined && span.start <= a && a < b && b <= span.end;
  const frames = valid ? frameDays(a, b, step).length : 0;

  async function record() {
    if (!valid || !graphHandle.cy) return;
    abort.current = new AbortController();
    setMessage(null);
    setProgress({ done: 0, total: frames });
    try {
      const blob = await recordWebm(store, graphHandle, {
        from: a,
        to: b,
        stepMonths: step,
        fps,
        preset,
        signal: abort.current.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      downloadBlob(blob, animationFileName(a, b));
      setMessage(`Saved ${animationFileName(a, b)} (${Math.round(blob.size / 1024)} KB).`);
    } catch (err) {
      setMessage(
        err instanceof DOMException && err.name === 'AbortError' ? 'Recording cancelled.' : String(err),
      );
    } finally {
      abort.current = null;
      setProgress(null);
    }
  }

  const recording = progress !== null;
  return (
    <div className="export-dialog" role="dialog" aria-label="Record a video" data-testid="video-dialog">
      <h2>Record a video (WebM)</h2>
      {!webmSupported() && <p role="alert">This browser cannot record WebM video.</p>}
      <div className="export-dialog-grid">
        <label>
          From <input value={from} onChange={(e) => setFrom(e.target.value)} disabled={recording} size={10} />
        </label>
        <label>
          To <input value={to} onChange={(e) => setTo(e.target.value)} disabled={recording} size={10} />
        </label>
        <label>
          Step
          <select value={step} onChange={(e) => setStep(Number(e.target.value))} disabled={recording}>
            {STEPS.map((s) => (
              <option key={s} value={s}>
                {s === 12 ? '1 year' : `${s} month${s > 1 ? 's' : ''}`} per frame
              </option>
            ))}
          </select>
        </label>
        <label>
          Size
          <select
            value={preset}
            onChange={(e) => setPreset(e.target.value as VideoPresetName)}
            disabled={recording}
          >
            {(Object.keys(VIDEO_PRESETS) as VideoPresetName[]).map((p) => (
              <option key={p} value={p}>
                {VIDEO_PRESETS[p].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Speed
          <select value={fps} onChange={(e) => setFps(Number(e.target.value))} disabled={recording}>
            {FPS.map((f) => (
              <option key={f} value={f}>
                {f} frames/s
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="export-hint">
        {valid
          ? `${frames} dates, ${((frames + fps) / fps).toFixed(1)} s with the 1 s hold on the last.`
          : 'Dates are YYYY-MM-DD inside the dataset span, From before To.'}
      </p>
      {recording && (
        <progress max={progress.total} value={progress.done} aria-label="Recording progress">
          {progress.done}/{progress.total}
        </progress>
      )}
      {message && <p role="status">{message}</p>}
      <div className="export-dialog-actions">
        {recording ? (
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel recording
          </button>
        ) : (
          <>
            <button type="button" onClick={() => void record()} disabled={!valid || !webmSupported()}>
              Record
            </button>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </>
        )}
      </div>
    </div>
  );
}
