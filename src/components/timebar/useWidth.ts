import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The element's width in CSS pixels, kept current with a ResizeObserver. Before layout (or where
 * there is none, as in jsdom) it reports `fallback`, a typical desktop track width.
 */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 1000): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(el.getBoundingClientRect().width || fallback);
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
