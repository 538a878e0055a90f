import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import type { Dataset } from '../../../src/model';
import { loadFixture } from '../fixture';

/** Parses with a real XML parser; any error or warning fails the test (well-formedness is the point). */
export function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
}

export function elements(root: Document | Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName(name));
}

export function child(el: Element, name: string): Element | undefined {
  return Array.from(el.childNodes).find((n): n is Element => n.nodeType === 1 && n.nodeName === name);
}

/** Labels that break naive exporters: markup, entities, quotes, emoji, right-to-left, controls, formulas. */
export const HOSTILE_LABELS = [
  '<script>alert("x")</script>',
  'Tom & Jerry &amp; &#60;',
  `"double" and 'single' quotes`,
  '🇵🇰 Pakistan 👍🏽 𝕏',
  'الهند \u202Eevil\u202C भारत',
  'tab\there\nnew line\r\nCRLF\rCR',
  '=HYPERLINK("http://x","click")',
  '+1, -1; @sum',
  ']]> <!-- --> <?pi?> <![CDATA[x]]>',
];

/** The mini fixture with every actor, every label period and every tie label made hostile. */
export function hostileDataset(): Dataset {
  const base = loadFixture();
  let k = 0;
  const next = () => HOSTILE_LABELS[k++ % HOSTILE_LABELS.length];
  return {
    ...base,
    actors: base.actors.map((a) => ({ ...a, labels: a.labels.map((l) => ({ ...l, label: next() })) })),
    ties: base.ties.map((t) => ({ ...t, label: next() })),
  };
}

/** Dates that cover the fixture's interesting moments: before SEATO, the 1971 war, 1991, Musharraf. */
export const DATES = ['1950-06-01', '1960-06-15', '1971-12-10', '1991-12-26', '2003-03-01', '2012-12-31'];
