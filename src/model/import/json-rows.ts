import { MAX_ACTORS, MAX_EVENTS, MAX_TABLE_ROWS } from './limits';
import { issue, type ImportIssue } from './types';

/** The limit on each top-level list of a dataset; any other list (ties, sources, chapters) has the row limit. */
export interface ListLimits {
  events: number;
  actors: number;
  other: number;
}
const LIMITS: ListLimits = { events: MAX_EVENTS, actors: MAX_ACTORS, other: MAX_TABLE_ROWS };
const LIMIT_NAMES: Record<keyof ListLimits, string> = {
  events: 'MAX_EVENTS',
  actors: 'MAX_ACTORS',
  other: 'MAX_TABLE_ROWS',
};
// A key longer than this is no dataset key; only its first characters are kept.
const KEY_CHARS = 40;

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
/** The next `char` at or after `from`, or the text's length. */
function nextOf(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Counts the items of a JSON dataset's top-level lists (`"events": [...]`) while its text streams in,
 * so a small gzip that unpacks into millions of events is refused after the first 500,001 instead of
 * being unpacked, parsed and counted whole (seconds and gigabytes before the row limits applied).
 * Only the nesting is followed, never the values; malformed JSON is left to the parser.
 */
export class JsonRowWatch {
  private readonly stack: number[] = [];
  private inString = false;
  private escaped = false;
  private keyNext = false;
  private key = '';
  private capturing = false;
  private list = '';
  private items = 0;
  private itemNext = false;
  private started = false;
  private off = false;

  private readonly limits: ListLimits;

  /** `limits` replaces the documented ones (tests). */
  constructor(
    private readonly file: string,
    limits: Partial<ListLimits> = {},
  ) {
    this.limits = { ...LIMITS, ...limits };
  }

  /** True once the text is known not to be a dataset object, or its object has closed, or a limit passed. */
  get finished(): boolean {
    return this.off;
  }

  /** Feeds the next piece of text; returns an error naming the limit as soon as a list passes it. */
  push(text: string): ImportIssue | null {
    if (this.off) return null;
    const { stack } = this;
    // The next quote and backslash, each found again only once passed (linear over the piece).
    let quote = -1;
    let slash = -1;
    for (let i = 0; i < text.length; i++) {
      if (this.inString && !this.escaped && !this.capturing) {
        // Jump to the string's next quote or backslash: values are most of the text.
        if (quote < i) quote = nextOf(text, '"', i);
        if (slash < i) slash = nextOf(text, '\\', i);
        i = Math.min(quote, slash);
        if (i === text.length) break;
      }
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.capturing) {
            this.capturing = false;
            this.keyNext = false;
          }
        } else if (this.capturing && this.key.length < KEY_CHARS) this.key += text[i];
        continue;
      }
      if (isSpace(c)) continue;
      if (!this.started) {
        this.started = true;
        // Only an object can be a dataset; anything else is the parser's to refuse.
        if (c !== OPEN_OBJECT) return this.stop();
      }
      const depth = stack.length;
      if (depth === 2 && stack[1] === OPEN_ARRAY && this.itemNext && c !== CLOSE_ARRAY && c !== COMMA) {
        this.itemNext = false;
        const over = this.count();
        if (over) return over;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (depth === 1 && this.keyNext) {
          this.capturing = true;
          this.key = '';
        }
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        stack.push(c);
        if (depth === 0) this.keyNext = true;
        if (depth === 1 && c === OPEN_ARRAY) {
          this.list = this.key;
          this.items = 0;
          this.itemNext = true;
        }
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        stack.pop();
        if (stack.length === 0) return this.stop();
      } else if (c === COMMA) {
        if (depth === 1) this.keyNext = true;
        else if (depth === 2 && stack[1] === OPEN_ARRAY) this.itemNext = true;
      }
    }
    return null;
  }

  private stop(): null {
    this.off = true;
    return null;
  }

  private count(): ImportIssue | null {
    this.items++;
    const kind = this.list === 'events' || this.list === 'actors' ? this.list : 'other';
    const limit = this.limits[kind];
    if (this.items <= limit) return null;
    this.off = true;
    const n = (v: number) => v.toLocaleString('en-US');
    const what = kind === 'other' ? `items in "${this.list}"` : kind;
    return issue(this.file, `the dataset has more than ${n(limit)} ${what}; the limit is ${n(limit)}`, {
      expected: `at most ${n(limit)} ${what} (${LIMIT_NAMES[kind]}), counted while the file is read: filter the events to a region or period, or aggregate them first`,
    });
  }
}
