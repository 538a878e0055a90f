/** Below this width the side panel becomes a bottom sheet and the header folds into a menu. */
export const NARROW_QUERY = '(max-width: 899px)';

/** True on a narrow screen (phones, small tablets); false where matchMedia is missing (tests, SSR). */
export function isNarrow(win: Window | undefined = globalThis.window): boolean {
  return Boolean(win?.matchMedia?.(NARROW_QUERY).matches);
}
