import type { QuadClass } from './cameo';
import { formatDay, parseDate } from './dates';
import type { Span } from './time/dataset-index';
import { ACTOR_KINDS } from './kinds';
import type { ActorKind } from './types';
import type { ChapterView } from './story/chapters';

/**
 * The part of the app's state a share link carries. It mirrors the store's slices structurally
 * (src/model may not import the store), so the store can pass its own values straight in.
 */
export interface ShareState {
  time: number;
  mode: 'point' | 'window';
  windowFrom: number;
  selection: { type: 'node' | 'edge'; id: string } | null;
  filters: {
    kinds: Record<ActorKind, boolean>;
    signs: { positive: boolean; negative: boolean; neutral: boolean };
    minWeight: number;
    categories: Record<QuadClass, boolean>;
    ties: boolean;
  };
  theme: 'light' | 'dark';
  panel: string;
  /** The relation model's settings (the engine options the Filters panel changes). */
  model: ShareModel;
  /** The story chapter shown (story mode), or null outside the story. */
  chapter: string | null;
  /** Draw with Cytoscape's WebGL mode; `renderer=webgl` in a link, absent for the plain canvas. */
  webgl: boolean;
}

export interface ShareModel {
  halfLifeYears: number;
  kappa: number;
  conflictWeight: number;
  /** Whether lasting states set a baseline. */
  baseline: boolean;
}

/** Link parameter, model field and accepted range of each numeric model setting. */
const MODEL_PARAMS = [
  { key: 'hl', field: 'halfLifeYears', min: 0.5, max: 20, what: 'a half-life from 0.5 to 20 years' },
  { key: 'kappa', field: 'kappa', min: 0.1, max: 20, what: 'a baseline weight (κ) from 0.1 to 20' },
  { key: 'conflict', field: 'conflictWeight', min: 1, max: 10, what: 'a conflict weight from 1 to 10' },
] as const;

export interface ShareContext {
  /** What a parameter that is absent or dropped falls back to (normally the store's current state). */
  defaults: ShareState;
  span: Span;
  hasActor: (id: string) => boolean;
  hasEdge: (id: string) => boolean;
  panels: readonly string[];
  /** The view of a chapter of the loaded dataset, or null when it has no chapter with that id. */
  chapterView: (id: string) => ChapterView | null;
}

export interface ShareDecoded {
  state: ShareState;
  /** One readable line per parameter that was dropped, for the notice bar. */
  notices: string[];
}

const SIGNS = ['positive', 'negative', 'neutral'] as const;
const CATEGORIES: readonly QuadClass[] = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
];
const MAX_VALUE = 200;

/** A deep copy of exactly the shared fields (the defaults may be a live store state with functions). */
export function copyState(s: ShareState): ShareState {
  const f = s.filters;
  return {
    time: s.time,
    mode: s.mode,
    windowFrom: s.windowFrom,
    selection: s.selection ? { type: s.selection.type, id: s.selection.id } : null,
    filters: {
      kinds: { ...f.kinds },
      signs: { ...f.signs },
      minWeight: f.minWeight,
      categories: { ...f.categories },
      ties: f.ties,
    },
    theme: s.theme,
    panel: s.panel,
    model: { ...s.model },
    chapter: s.chapter,
    webgl: s.webgl,
  };
}

/** A hostile value shown in a notice: quoted, shortened, never longer than a line. */
function shown(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(short);
}

/** Comma list of the keys switched off, e.g. `hide=leader,group`. */
function offList(record: Record<string, boolean>): string {
  return Object.keys(record)
    .filter((k) => !record[k])
    .join(',');
}

/** State to query string (without "?"); only values that differ from the defaults are written. */
export function encodeShareParams(state: ShareState, defaults: ShareState): string {
  const p = new URLSearchParams();
  if (state.chapter !== null) p.set('chapter', state.chapter);
  p.set('t', formatDay(state.time));
  if (state.mode === 'window') p.set('from', formatDay(state.windowFrom));
  if (state.selection) p.set(state.selection.type, state.selection.id);
  const f = state.filters;
  if (offList(f.kinds)) p.set('hide', offList(f.kinds));
  if (offList(f.signs)) p.set('hidesign', offList(f.signs));
  if (offList(f.categories)) p.set('hidecat', offList(f.categories));
  if (f.minWeight > 0) p.set('minw', String(f.minWeight));
  if (!f.ties) p.set('ties', '0');
  if (state.theme !== defaults.theme) p.set('theme', state.theme);
  if (state.panel !== defaults.panel) p.set('panel', state.panel);
  for (const { key, field } of MODEL_PARAMS)
    if (state.model[field] !== defaults.model[field]) p.set(key, String(state.model[field]));
  if (state.model.baseline !== defaults.model.baseline) p.set('base', state.model.baseline ? '1' : '0');
  // Written whenever WebGL is on, not only when it differs from the defaults: the defaults are this
  // browser's remembered choice, which the person opening the link does not share. A link without
  // the parameter leaves the reader's own choice alone.
  if (state.webgl) p.set('renderer', 'webgl');
  return p.toString();
}

/**
 * Query string to state. Never throws: every parameter is checked on its own, a bad one keeps its
 * default and adds a notice, and unknown parameters are left alone (other features may own them).
 */
export function decodeShareParams(search: string, ctx: ShareContext): ShareDecoded {
  const notices: string[] = [];
  const state = copyState(ctx.defaults);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, notices: ['The link could not be read; showing the default view.'] };
  }
  const get = (key: string): string | undefined => {
    const raw = params.get(key);
    if (raw === null) return undefined;
    if (raw.length > MAX_VALUE) {
      notices.push(`Ignored link parameter "${key}": value too long.`);
      return undefined;
    }
    return raw.trim();
  };
  const drop = (key: string, value: string, why: string) =>
    notices.push(`Ignored link parameter "${key}"=${shown(value)}: ${why}.`);

  const day = (key: string): number | undefined => {
    const value = get(key);
    if (value === undefined) return undefined;
    const parsed = parseDate(value);
    if (!parsed) return void drop(key, value, 'not a date (YYYY, YYYY-MM or YYYY-MM-DD)');
    if (parsed.start > ctx.span.end || parsed.start < ctx.span.start) {
      drop(key, value, `outside ${formatDay(ctx.span.start)} to ${formatDay(ctx.span.end)}`);
      return undefined;
    }
    return parsed.start;
  };
  // A chapter's own view applies when the link gives no t; with t (as links the app writes always
  // have) t and from say exactly where the user was, and the chapter only reopens the story.
  const chapter = get('chapter');
  if (chapter !== undefined) {
    const view = ctx.chapterView(chapter);
    if (!view) drop('chapter', chapter, 'no chapter with that id in this dataset');
    else {
      state.chapter = chapter;
      if (params.get('t') === null) {
        Object.assign(state, { time: view.time, mode: view.mode });
        if (view.windowFrom !== undefined) state.windowFrom = view.windowFrom;
      }
    }
  }
  const time = day('t');
  if (time !== undefined) state.time = time;
  const from = day('from');
  if (from !== undefined) {
    if (from > state.time) drop('from', formatDay(from), 'the window must start before t');
    else Object.assign(state, { mode: 'window', windowFrom: from });
  }

  const node = get('node');
  const edge = get('edge');
  if (node !== undefined && edge !== undefined)
    notices.push('The link selects both a node and an edge; kept the node.');
  if (node !== undefined) {
    if (ctx.hasActor(node)) state.selection = { type: 'node', id: node };
    else drop('node', node, 'no such actor in this dataset');
  } else if (edge !== undefined) {
    if (ctx.hasEdge(edge)) state.selection = { type: 'edge', id: edge };
    else drop('edge', edge, 'no such relation or tie in this dataset');
  }

  const offSet = <K extends string>(key: string, known: readonly K[], target: Record<K, boolean>) => {
    const value = get(key);
    if (value === undefined) return;
    const names = value.split(',').filter(Boolean);
    const bad = names.filter((n) => !(known as readonly string[]).includes(n));
    if (bad.length) drop(key, bad.join(','), `unknown; known: ${known.join(', ')}`);
    for (const k of known) target[k] = !names.includes(k);
  };
  offSet('hide', ACTOR_KINDS, state.filters.kinds);
  offSet('hidesign', SIGNS, state.filters.signs);
  offSet('hidecat', CATEGORIES, state.filters.categories);

  const minw = get('minw');
  if (minw !== undefined) {
    const n = Number(minw);
    if (minw !== '' && Number.isFinite(n) && n >= 0 && n <= 1) state.filters.minWeight = n;
    else drop('minw', minw, 'a weight from 0 to 1');
  }
  const ties = get('ties');
  if (ties !== undefined) {
    if (ties === '0' || ties === '1') state.filters.ties = ties === '1';
    else drop('ties', ties, 'use 0 or 1');
  }
  const theme = get('theme');
  if (theme !== undefined) {
    if (theme === 'light' || theme === 'dark') state.theme = theme;
    else drop('theme', theme, 'use light or dark');
  }
  const panel = get('panel');
  if (panel !== undefined) {
    if (ctx.panels.includes(panel)) state.panel = panel;
    else drop('panel', panel, `known: ${ctx.panels.join(', ')}`);
  }
  for (const { key, field, min, max, what } of MODEL_PARAMS) {
    const raw = get(key);
    if (raw === undefined) continue;
    const n = Number(raw);
    if (raw !== '' && Number.isFinite(n) && n >= min && n <= max) state.model[field] = n;
    else drop(key, raw, what);
  }
  const base = get('base');
  if (base !== undefined) {
    if (base === '0' || base === '1') state.model.baseline = base === '1';
    else drop('base', base, 'use 0 or 1');
  }
  const renderer = get('renderer');
  if (renderer !== undefined) {
    if (renderer === 'webgl' || renderer === 'canvas') state.webgl = renderer === 'webgl';
    else drop('renderer', renderer, 'use canvas or webgl');
  }
  return { state, notices };
}

/** `pos` carries dragged nodes only: at most this many, and never a value longer than MAX_POS_CHARS. */
export const MAX_POS_NODES = 150;
export const MAX_POS_CHARS = 3000;
const POS_LIMIT = 1e6;
const POS_ID = /^[a-z0-9][a-z0-9._-]{0,79}$/;

/**
 * Moved nodes as `id*x*y*id*x*y…` with whole-unit coordinates: "*" is the one separator that
 * URLSearchParams leaves unescaped and that ids cannot contain, so the link stays short. When the
 * nodes do not all fit, the most recently moved (last in the map) are kept.
 */
export function encodePositionsParam(moved: ReadonlyMap<string, { x: number; y: number }>): string {
  const parts: string[] = [];
  let length = 0;
  const entries = [...moved].reverse();
  for (const [id, p] of entries) {
    if (parts.length >= MAX_POS_NODES || !POS_ID.test(id)) continue;
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    const clamp = (v: number) => Math.max(-POS_LIMIT, Math.min(POS_LIMIT, Math.round(v)));
    const part = `${id}*${clamp(p.x)}*${clamp(p.y)}`;
    if (length + part.length + 1 > MAX_POS_CHARS) break;
    parts.push(part);
    length += part.length + 1;
  }
  return parts.reverse().join('*');
}

/**
 * Reads a hostile `pos` value. Never throws: entries that are malformed, name an actor the dataset
 * lacks or carry coordinates outside ±1,000,000 are dropped, and one notice says how many and why.
 */
export function decodePositionsParam(
  raw: string,
  hasActor: (id: string) => boolean,
): { moved: Map<string, { x: number; y: number }>; notices: string[] } {
  const moved = new Map<string, { x: number; y: number }>();
  if (raw.length > MAX_POS_CHARS) {
    return { moved, notices: [`Ignored link parameter "pos": longer than ${MAX_POS_CHARS} characters.`] };
  }
  const fields = raw.split('*');
  if (raw === '' || fields.length % 3 !== 0) {
    return { moved, notices: [`Ignored link parameter "pos"=${shown(raw)}: not id*x*y triples.`] };
  }
  const isCoordinate = (v: string) => /^-?\d{1,7}$/.test(v) && Math.abs(Number(v)) <= POS_LIMIT;
  let dropped = 0;
  for (let i = 0; i < fields.length; i += 3) {
    const [id, x, y] = fields.slice(i, i + 3);
    const ok = POS_ID.test(id) && hasActor(id) && isCoordinate(x) && isCoordinate(y);
    if (ok && moved.size < MAX_POS_NODES) moved.set(id, { x: Number(x), y: Number(y) });
    else dropped++;
  }
  const notices = dropped
    ? [
        `Ignored ${dropped} of ${fields.length / 3} moved positions in the link: unknown actor or bad numbers.`,
      ]
    : [];
  return { moved, notices };
}
