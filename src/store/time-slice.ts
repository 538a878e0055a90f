import { addMonths } from '../model';
import type { SliceCreator } from './types';

export type TimeMode = 'point' | 'window';

export interface TimeSlice {
  /** Current day (days since 1970-01-01). */
  time: number;
  mode: TimeMode;
  /** Window mode: first day of the window; the window ends at `time`. */
  windowFrom: number;
  playing: boolean;
  /** Playback speed in months per second. */
  speed: number;
  setTime: (day: number) => void;
  stepMonths: (months: number) => void;
  setMode: (mode: TimeMode) => void;
  setWindowFrom: (day: number) => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (monthsPerSecond: number) => void;
  /** Play from the current time (from the start when already at the end), or pause. */
  togglePlaying: () => void;
}

export const SPEEDS = [1, 3, 6, 12, 24] as const;

export const createTimeSlice =
  (initialTime?: number): SliceCreator<TimeSlice> =>
  (set, get) => {
    const clamp = (day: number) => {
      const { start, end } = get().index.span;
      return Math.min(end, Math.max(start, Math.round(day)));
    };
    return {
      time: initialTime ?? 0,
      mode: 'point',
      windowFrom: 0,
      playing: false,
      speed: 6,
      setTime: (day) => {
        const time = clamp(day);
        const windowFrom = Math.min(get().windowFrom, time);
        set({ time, windowFrom });
      },
      stepMonths: (months) => {
        const next = clamp(addMonths(get().time, months));
        if (next === get().time && months > 0) set({ playing: false });
        get().setTime(next);
      },
      setMode: (mode) => set({ mode }),
      setWindowFrom: (day) => set({ windowFrom: Math.min(clamp(day), get().time) }),
      setPlaying: (playing) => set({ playing }),
      setSpeed: (speed) => set({ speed }),
      togglePlaying: () => {
        const { playing, time, index, setTime } = get();
        if (!playing && time >= index.span.end) setTime(index.span.start);
        set({ playing: !playing });
      },
    };
  };
