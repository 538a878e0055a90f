/**
 * Picture sizes people use. `unit` is how many output pixels one screen pixel of the picture's design
 * (a 12 px label, a 32 px margin) takes, so a slide or a printed page has readable names at its own
 * size; `dpi` is what the PNG records, so an office suite pastes it at its real size.
 */
export interface PicturePreset {
  label: string;
  width: number;
  height: number;
  unit: number;
  dpi: number;
}

export const PICTURE_PRESETS = {
  // 1920 px at 144 dpi is 13.33 in: the 16:9 slide of PowerPoint, Keynote and Google Slides.
  slide: { label: 'Slide 16:9 (1920 × 1080)', width: 1920, height: 1080, unit: 1.25, dpi: 144 },
  // Print: a 12 px label at 2.75 units is 33 px, 8 pt at 300 dpi.
  a4: { label: 'A4 landscape, 300 dpi', width: 3508, height: 2480, unit: 2.75, dpi: 300 },
  letter: { label: 'Letter landscape, 300 dpi', width: 3300, height: 2550, unit: 2.75, dpi: 300 },
  square: { label: 'Square (1080 × 1080)', width: 1080, height: 1080, unit: 1.25, dpi: 144 },
} as const satisfies Record<string, PicturePreset>;

export type PresetName = keyof typeof PICTURE_PRESETS;
export const PRESET_NAMES = Object.keys(PICTURE_PRESETS) as PresetName[];

/** Video sizes independent of the window; names are 12 × unit px (15 px at 1080p). */
export const VIDEO_PRESETS = {
  '720p': { label: '720p (1280 × 720)', width: 1280, height: 720, unit: 1 },
  '1080p': { label: '1080p (1920 × 1080)', width: 1920, height: 1080, unit: 1.25 },
} as const;
export type VideoPresetName = keyof typeof VIDEO_PRESETS;

/** The screen's CSS pixel, at a pixel ratio: the "as on screen" size. */
export const screenDpi = (scale: number) => Math.round(96 * scale);
