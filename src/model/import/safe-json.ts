import { printParseErrorCode, visit, parseTree, findNodeAtLocation, type JSONPath } from 'jsonc-parser';
import { issue, warning, type ImportIssue } from './types';
import { jsonPath } from '../validate';

/** Keys that could reach a prototype if the parsed value were ever merged or spread. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** A dataset is at most ~5 levels deep; anything far deeper is hostile and would only cost stack. */
export const MAX_JSON_DEPTH = 64;

export type SafeJsonResult =
  { ok: true; value: unknown; warnings: ImportIssue[] } | { ok: false; issues: ImportIssue[] };

const SYNTAX_WORDS: Record<string, string> = {
  InvalidSymbol: 'a JSON value',
  InvalidNumberFormat: 'a number such as 12 or -1.5',
  PropertyNameExpected: 'a property name in double quotes',
  ValueExpected: 'a value',
  ColonExpected: 'a ":" after the property name',
  CommaExpected: 'a "," between items',
  CloseBraceExpected: 'a closing "}"',
  CloseBracketExpected: 'a closing "]"',
  EndOfFileExpected: 'the end of the file after the top-level value',
  InvalidCommentToken: 'no comments (JSON has none)',
  UnexpectedEndOfString: 'a closing double quote',
  InvalidUnicode: 'a \\uXXXX escape with four hex digits',
  InvalidEscapeCharacter: 'a valid escape such as \\n or \\"',
  InvalidCharacter: 'no control characters inside strings',
};

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Offset of the first `[` or `{` that opens level MAX_JSON_DEPTH + 1, or -1. Checked before JSON.parse
 * and the error locator, both of which recurse per level: 10,000 unclosed `[` would overflow the stack.
 */
export function tooDeepAt(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/** JSON.parse quotes the file around the error: its line breaks and controls must not split our line. */
function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Where and why JSON text is invalid, as reported by a full JSON scanner (JSON.parse gives no column). */
function locateSyntaxError(text: string, file: string, fallback: string): ImportIssue {
  let found: ImportIssue | null = null;
  visit(
    text,
    {
      onError: (code, _offset, _length, line, character) => {
        if (found) return;
        const name = printParseErrorCode(code);
        found = issue(file, `invalid JSON: ${fallback}`, {
          line: line + 1,
          column: character + 1,
          expected: SYNTAX_WORDS[name] ?? 'valid JSON',
        });
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return found ?? issue(file, `invalid JSON: ${fallback}`, { expected: 'valid JSON' });
}

/** False when no key of the text can be a forbidden one: none is spelled out and there is no \u escape. */
function mayHoldForbiddenKey(text: string): boolean {
  return text.includes('\\u') || [...FORBIDDEN_KEYS].some((key) => text.includes(key));
}

/**
 * Parses untrusted JSON text. Never throws. Keys named `__proto__`, `constructor` or `prototype` are
 * dropped (with a warning naming their path), so no later spread or merge of the value can reach a
 * prototype; JSON.parse itself only ever creates own properties.
 */
export function parseJsonSafe(text: string, file: string): SafeJsonResult {
  const deep = tooDeepAt(text);
  if (deep !== -1) {
    return {
      ok: false,
      issues: [
        issue(file, `JSON nesting deeper than ${MAX_JSON_DEPTH} at position ${deep + 1}`, {
          ...lineColumn(text, deep),
          expected: 'a dataset object a few levels deep',
        }),
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (err) {
    const message = oneLine(err instanceof Error ? err.message : String(err));
    return { ok: false, issues: [locateSyntaxError(text, file, message)] };
  }
  // Only a key spelled out in the text, or written with a \u escape, can be one of the forbidden ones:
  // most files have neither, and the walk below costs more than JSON.parse itself on a large one.
  if (!mayHoldForbiddenKey(text)) return { ok: true, value, warnings: [] };
  const warnings: ImportIssue[] = [];
  // Each entry links to its parent instead of copying the path: a path is built only for a warning.
  type Entry = { value: unknown; key: string | number | null; parent: Entry | null; depth: number };
  const pathOf = (e: Entry) => {
    const out: (string | number)[] = [];
    for (let at: Entry | null = e; at && at.key !== null; at = at.parent) out.push(at.key);
    return out.reverse();
  };
  const stack: Entry[] = [{ value, key: null, parent: null, depth: 0 }];
  while (stack.length) {
    const item = stack.pop()!;
    const v = item.value;
    if (typeof v !== 'object' || v === null) continue;
    if (item.depth > MAX_JSON_DEPTH) {
      return {
        ok: false,
        issues: [
          issue(file, `JSON is nested more than ${MAX_JSON_DEPTH} levels deep`, {
            path: jsonPath(pathOf(item).slice(0, 8)) + '…',
            expected: 'a dataset object a few levels deep',
          }),
        ],
      };
    }
    const depth = item.depth + 1;
    if (Array.isArray(v)) {
      v.forEach((child, i) => stack.push({ value: child, key: i, parent: item, depth }));
      continue;
    }
    const obj = v as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      if (FORBIDDEN_KEYS.has(key)) {
        delete obj[key];
        const path = jsonPath([...pathOf(item), key]);
        warnings.push(
          warning(file, `key "${key}" was dropped`, { path, field: key, expected: 'no such key' }),
        );
      } else {
        stack.push({ value: obj[key], key, parent: item, depth });
      }
    }
  }
  return { ok: true, value, warnings };
}

/** `$.events[3].date` -> ['events', 3, 'date'] (the inverse of validate.ts's jsonPath). */
export function splitJsonPath(path: string): JSONPath | null {
  if (!path.startsWith('$')) return null;
  const out: JSONPath = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  re.lastIndex = 1;
  while (re.lastIndex < path.length) {
    const m = re.exec(path);
    if (!m) return null;
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]) as string);
  }
  return out;
}

/** Returns a function giving the 1-based line of a JSON path in the text, parsing the text once, lazily. */
export function jsonLineFinder(text: string): (path: string) => number | undefined {
  let root: ReturnType<typeof parseTree> | null = null;
  let lineStarts: number[] | null = null;
  return (path) => {
    const segments = splitJsonPath(path);
    if (!segments) return undefined;
    root ??= parseTree(text, [], { disallowComments: true });
    if (!root) return undefined;
    // A path to a missing key names its object: walk up until a node exists.
    let node = findNodeAtLocation(root, segments);
    for (let n = segments.length - 1; !node && n >= 0; n--)
      node = findNodeAtLocation(root, segments.slice(0, n));
    if (!node) return undefined;
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    const offset = node.parent?.type === 'property' ? node.parent.offset : node.offset;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
