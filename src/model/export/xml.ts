import { xmlAttr, xmlText } from './escape';

/** Attribute values as given to `open`/`empty`; undefined attributes are left out. */
export type XmlAttrs = Record<string, string | number | boolean | undefined>;

/** ` name="value"`, escaped; empty for an undefined value or a number that is not finite. */
export function attr(name: string, value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number' && !Number.isFinite(value)) return '';
  // A finite number or a boolean prints as digits, signs, '.', 'e' or a word: nothing to escape
  // (a dynamic GEXF holds millions of them).
  return ` ${name}="${typeof value === 'string' ? xmlAttr(value) : String(value)}"`;
}

function attrs(values: XmlAttrs): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) out += attr(name, value);
  return out;
}

/**
 * A minimal indenting XML writer. Element and attribute names are always our own constants; every
 * value passes through the escapers, so no caller can produce markup from data.
 */
export class XmlWriter {
  private lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  // Lines are joined a few thousand at a time: millions of short strings held until the end were
  // most of a 100,000-actor dynamic GEXF's time (garbage collection of the old generation).
  private readonly blocks: string[] = [];
  private depth = 0;
  private readonly indents: string[] = [''];

  private push(line: string): void {
    const indent = (this.indents[this.depth] ??= '  '.repeat(this.depth));
    this.lines.push(`${indent}${line}`);
    if (this.lines.length === 4096) {
      this.blocks.push(this.lines.join('\n'));
      this.lines = [];
    }
  }

  open(name: string, values: XmlAttrs = {}): this {
    this.push(`<${name}${attrs(values)}>`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.push(`</${name}>`);
    return this;
  }

  empty(name: string, values: XmlAttrs = {}): this {
    this.push(`<${name}${attrs(values)}/>`);
    return this;
  }

  /** An empty element whose attributes are already written by `attr` (no object per element). */
  emptyWith(name: string, attributes: string): this {
    this.push(`<${name}${attributes}/>`);
    return this;
  }

  /** An element holding only text. */
  text(name: string, text: string, values: XmlAttrs = {}): this {
    this.push(`<${name}${attrs(values)}>${xmlText(text)}</${name}>`);
    return this;
  }

  toString(): string {
    return `${[...this.blocks, ...this.lines].join('\n')}\n`;
  }
}
