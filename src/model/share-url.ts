import type { QuadClass } from './cameo';
import { formatDay, parseDate } from './dates';
import type { Span } from './time/dataset-index';
import { ACTOR_KINDS } from './schema';
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
