import type { Core } from 'cytoscape';
import {
  BufferTarget,
  CanvasSource,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
  getFirstEncodableVideoCodec,
} from 'mediabunny';
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

/** WebCodecs' encoder: every frame gets an exact timestamp, however long it took to draw. */
export function webmSupported(): boolean {
  return typeof VideoEncoder !== 'undefined';
}

/** Frames in the file: one per date, then the last one repeated for a one-second hold. */
export function videoFrameCount(dates: number, fps: number): number {
  return dates + fps;
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
 * Plays the store's time over a range and encodes the graph as WebM (VP9, else VP8) with WebCodecs
 * through mediabunny's muxer. Frame k is stamped k/fps whatever the drawing took, so the file plays at
 * the chosen speed (a MediaRecorder stamps frames by wall clock and drops repeats, so slow frames
 * stretched the video and a held frame never appeared). The last frame is repeated for one second.
 * The time the user had is restored at the end or on cancel.
 */
export async function recordWebm(store: EntenteStore, cy: Core, o: RecordOptions): Promise<Blob> {
  const box = cy.container()!.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(2, Math.round(box.width / 2) * 2);
  canvas.height = Math.max(2, Math.round(box.height / 2) * 2);
  const ctx = canvas.getContext('2d')!;
  const css = getComputedStyle(document.documentElement);
  const bg = css.getPropertyValue('--bg').trim() || '#ffffff';
  const fg = css.getPropertyValue('--text').trim() || '#000000';
  const size = { width: canvas.width, height: canvas.height };
  const codec = await getFirstEncodableVideoCodec(['vp9', 'vp8'], size);
  if (!codec) throw new Error('This browser cannot encode VP9 or VP8 video.');
  const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
  const source = new CanvasSource(canvas, { codec, quality: QUALITY_HIGH });
  output.addVideoTrack(source, { frameRate: o.fps });
  const state = store.getState();
  const restore = { time: state.time, playing: state.playing };
  state.setPlaying(false);
  const days = frameDays(o.from, o.to, o.stepMonths);
  const frame = 1 / o.fps;
  let done = false;
  try {
    await output.start();
    for (let k = 0; k < days.length; k++) {
      if (o.signal.aborted) throw new DOMException('Recording cancelled', 'AbortError');
      store.getState().setTime(days[k]);
      await nextPaint();
      drawFrame(ctx, cy, days[k], days.length === 1 ? 1 : k / (days.length - 1), bg, fg);
      await source.add(k * frame, frame);
      o.onProgress(k + 1, days.length);
    }
    // Hold the last frame for one second so viewers can read the final date.
    for (let k = 0; k < o.fps; k++) await source.add((days.length + k) * frame, frame);
    await output.finalize();
    done = true;
  } finally {
    if (!done) await output.cancel();
    store.getState().setTime(restore.time);
  }
  return new Blob([output.target.buffer!], { type: 'video/webm' });
}
