/** Below this width the side panel becomes a bottom sheet and the header folds into a menu. */
export const NARROW_QUERY = '(max-width: 899px)';

/** From this width the legend has room to start open under the graph. */
export const LEGEND_OPEN_QUERY = '(min-width: 1440px)';

/** The legend starts open on wide screens only; open where matchMedia is missing (tests, SSR). */
export function legendStartsOpen(win: Window | undefined = globalThis.window): boolean {
  return win?.matchMedia ? win.matchMedia(LEGEND_OPEN_QUERY).matches : true;
}

/** True on a narrow screen (phones, small tablets); false where matchMedia is missing (tests, SSR). */
export function isNarrow(win: Window | undefined = globalThis.window): boolean {
  return Boolean(win?.matchMedia?.(NARROW_QUERY).matches);
}
