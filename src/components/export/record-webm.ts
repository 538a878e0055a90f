import type { Core } from 'cytoscape';
import { addMonths, formatDay } from '../../model';
import type { EntenteStore } from '../../store';

export interface RecordOptions {
  from: number;
  to: number;
  /** Months the date advances per frame. */
  stepMonths: number;
  fps: number;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

const MIME_TYPES = ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'];

export function webmSupported(): boolean {
  return typeof MediaRecorder !== 'undefined' && MIME_TYPES.some((t) => MediaRecorder.isTypeSupported(t));
}

/** The days the animation shows: `from`, then every `stepMonths`, and always `to` last. */
export function frameDays(from: number, to: number, stepMonths: number): number[] {
  const days: number[] = [];
  for (let k = 0, d = from; d < to; d = addMonths(from, ++k * stepMonths)) days.push(d);
  days.push(to);
  return days;
}

/** Resolves after the browser has painted (React commit + Cytoscape redraw); a timeout covers hidden tabs. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 150);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function drawFrame(
  ctx: CanvasRenderingContext2D,
  cy: Core,
  day: number,
  progress: number,
  bg: string,
  fg: string,
) {
  const { width, height } = ctx.canvas;
  ctx.fillStyle = bg;
  ctx.fillRect(0, 0, width, height);
  // Cytoscape draws on stacked canvases inside its container; copy them in order.
  for (const layer of cy.container()?.querySelectorAll('canvas') ?? [])
    ctx.drawImage(layer, 0, 0, width, height);
  const scale = width / 1000;
  ctx.font = `600 ${Math.round(36 * scale)}px system-ui, sans-serif`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'top';
  ctx.lineWidth = 6 * scale;
  ctx.strokeStyle = bg;
  ctx.fillStyle = fg;
  const label = formatDay(day);
  ctx.strokeText(label, width - 20 * scale, 16 * scale);
  ctx.fillText(label, width - 20 * scale, 16 * scale);
  // A thin timeline along the bottom shows where in the range this frame is.
  const barH = Math.max(4, Math.round(6 * scale));
  ctx.fillStyle = 'rgba(127,127,127,0.35)';
  ctx.fillRect(0, height - barH, width, barH);
  ctx.fillStyle = '#0072B2';
  ctx.fillRect(0, height - barH, width * progress, barH);
}

/**
 * Plays the store's time over a range and records the graph as WebM. Each frame sets the time,
 * waits for the graph to repaint, copies it onto a canvas with the date burned in, and asks the
 * capture track for exactly one frame. The time the user had is restored at the end or on cancel.
 */
export async function recordWebm(store: EntenteStore, cy: Core, o: RecordOptions): Promise<Blob> {
  const mimeType = MIME_TYPES.find((t) => MediaRecorder.isTypeSupported(t))!;
  const box = cy.container()!.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(2, Math.round(box.width / 2) * 2);
  canvas.height = Math.max(2, Math.round(box.height / 2) * 2);
  const ctx = canvas.getContext('2d')!;
  const css = getComputedStyle(document.documentElement);
  const bg = css.getPropertyValue('--bg').trim() || '#ffffff';
  const fg = css.getPropertyValue('--text').trim() || '#000000';
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 4_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size) chunks.push(e.data);
  };
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  const state = store.getState();
  const restore = { time: state.time, playing: state.playing };
  state.setPlaying(false);
  const days = frameDays(o.from, o.to, o.stepMonths);
  recorder.start();
  try {
    for (let k = 0; k < days.length; k++) {
      if (o.signal.aborted) throw new DOMException('Recording cancelled', 'AbortError');
      store.getState().setTime(days[k]);
      await nextPaint();
      drawFrame(ctx, cy, days[k], days.length === 1 ? 1 : k / (days.length - 1), bg, fg);
      track.requestFrame();
      o.onProgress(k + 1, days.length);
      await sleep(1000 / o.fps);
    }
    // Hold the last frame for a second: viewers can read the final date, and the encoder (slow to
    // start on large frames) has time to flush; a stop right after a few frames can yield no video.
    for (let k = 0; k < o.fps; k++) {
      track.requestFrame();
      await sleep(1000 / o.fps);
    }
  } finally {
    recorder.stop();
    await stopped;
    track.stop();
    store.getState().setTime(restore.time);
  }
  return new Blob(chunks, { type: 'video/webm' });
}
