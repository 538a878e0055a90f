import type { Issue } from './types';

/** Parses JSON text; a syntax error names the line and column. */
export function parseJsonText(
  text: string,
  file = 'input',
): { ok: true; value: unknown } | { ok: false; issues: Issue[] } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(message);
    let place = file;
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      place = `${file}:${line}:${column}`;
    }
    return { ok: false, issues: [{ path: place, message: `invalid JSON: ${message}`, severity: 'error' }] };
  }
}
