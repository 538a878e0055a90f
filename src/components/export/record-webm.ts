import {
  BufferTarget,
  CanvasSource,
  Output,
  QUALITY_HIGH,
  WebMOutputFormat,
  getFirstEncodableVideoCodec,
} from 'mediabunny';
import { addMonths } from '../../model';
import {
  VIDEO_PRESETS,
  type VideoPresetName,
  exportSource,
  exportTitle,
  snapshotToSvg,
} from '../../model/export';
import { type EntenteStore, selectVisibleSnapshot } from '../../store';
import type { GraphHandle } from '../graph/GraphView';
import { positionsFrom } from './actions';
import { canvasMeasure, pageBackground } from './picture';

export interface RecordOptions {
  from: number;
  to: number;
  /** Months the date advances per frame. */
  stepMonths: number;
  fps: number;
  /** The frame size (720p, 1080p), independent of the window. */
  preset: VideoPresetName;
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

/** Draws an SVG document onto the canvas (as an image from a blob: URL, which cannot run anything). */
async function drawSvg(ctx: CanvasRenderingContext2D, svg: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image(ctx.canvas.width, ctx.canvas.height);
    img.src = url;
    await img.decode();
    ctx.drawImage(img, 0, 0, ctx.canvas.width, ctx.canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A thin timeline along the bottom shows where in the range this frame is. */
function drawTimeline(ctx: CanvasRenderingContext2D, progress: number, unit: number) {
  const { width, height } = ctx.canvas;
  const barH = Math.max(4, Math.round(6 * unit));
  ctx.fillStyle = 'rgba(127,127,127,0.35)';
  ctx.fillRect(0, height - barH, width, barH);
  ctx.fillStyle = '#0072B2';
  ctx.fillRect(0, height - barH, width * progress, barH);
}

/**
 * Plays a range of dates into a WebM (VP9, else VP8) with WebCodecs through mediabunny's muxer. Each
 * frame is the export picture at that date (src/model/export/svg.ts) at the preset's size, whatever
 * the window: title, date, legend, source line and names placed for that size, nodes fixed where the
 * screen's layout has them, and nothing dimmed (a selection on screen is not recorded). Frame k is
 * stamped k/fps whatever the drawing took, so the file plays at the chosen speed; the last frame is
 * repeated for one second. The store's time is never moved, so the screen stays where the user was.
 */
export async function recordWebm(store: EntenteStore, graph: GraphHandle, o: RecordOptions): Promise<Blob> {
  const preset = VIDEO_PRESETS[o.preset];
  const canvas = document.createElement('canvas');
  canvas.width = preset.width;
  canvas.height = preset.height;
  const ctx = canvas.getContext('2d')!;
  const size = { width: canvas.width, height: canvas.height };
  const codec = await getFirstEncodableVideoCodec(['vp9', 'vp8'], size);
  if (!codec) throw new Error('This browser cannot encode VP9 or VP8 video.');
  const output = new Output({ format: new WebMOutputFormat(), target: new BufferTarget() });
  const source = new CanvasSource(canvas, { codec, quality: QUALITY_HIGH });
  output.addVideoTrack(source, { frameRate: o.fps });
  const state = store.getState();
  state.setPlaying(false);
  const positions = positionsFrom(graph);
  const background = pageBackground();
  const labelOf = graph.labelFor?.();
  const days = frameDays(o.from, o.to, o.stepMonths);
  const frame = 1 / o.fps;
  let done = false;
  try {
    await output.start();
    for (let k = 0; k < days.length; k++) {
      if (o.signal.aborted) throw new DOMException('Recording cancelled', 'AbortError');
      const snapshot = selectVisibleSnapshot({ ...store.getState(), time: days[k] });
      const svg = snapshotToSvg(snapshot, positions, {
        width: preset.width,
        height: preset.height,
        unit: preset.unit,
        background,
        theme: state.theme,
        title: exportTitle(state.datasetName),
        source: exportSource(state.datasetName, state.dataset.meta.version),
        labelOf: (n) => labelOf?.(n.id, n.label) ?? n.label,
        measure: canvasMeasure,
        fixed: true,
      });
      await drawSvg(ctx, svg);
      drawTimeline(ctx, days.length === 1 ? 1 : k / (days.length - 1), preset.unit);
      await source.add(k * frame, frame);
      o.onProgress(k + 1, days.length);
    }
    // Hold the last frame for one second so viewers can read the final date.
    for (let k = 0; k < o.fps; k++) await source.add((days.length + k) * frame, frame);
    await output.finalize();
    done = true;
  } finally {
    if (!done) await output.cancel();
  }
  return new Blob([output.target.buffer!], { type: 'video/webm' });
}
