import { xmlAttr, xmlText } from './escape';

/** Attribute values as given to `open`/`empty`; undefined attributes are left out. */
export type XmlAttrs = Record<string, string | number | boolean | undefined>;

function attrs(values: XmlAttrs): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    out += ` ${name}="${xmlAttr(String(value))}"`;
  }
  return out;
}

/**
 * A minimal indenting XML writer. Element and attribute names are always our own constants; every
 * value passes through the escapers, so no caller can produce markup from data.
 */
export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;

  private push(line: string): void {
    this.lines.push(`${'  '.repeat(this.depth)}${line}`);
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

  /** An element holding only text. */
  text(name: string, text: string, values: XmlAttrs = {}): this {
    this.push(`<${name}${attrs(values)}>${xmlText(text)}</${name}>`);
    return this;
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
