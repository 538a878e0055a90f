import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/model';
import {
  animationFileName,
  csvFileName,
  dynamicGexfFileName,
  snapshotFileName,
} from '../../../src/model/export';

const day = (s: string) => parseDate(s)!.start;

describe('export file names say what they hold', () => {
  it('names a snapshot by its date, and a window by both ends', () => {
    expect(snapshotFileName({ at: '1971-12-15' }, 'png')).toBe('entente-1971-12-15.png');
    expect(
      snapshotFileName({ at: '1971-12-15', window: { from: '1971-01-01', to: '1971-12-15' } }, 'svg'),
    ).toBe('entente-1971-01-01-to-1971-12-15.svg');
    expect(csvFileName({ at: '1971-12-15' }, 'edges')).toBe('entente-1971-12-15-edges.csv');
  });

  it('names the dynamic GEXF by its years and the animation by its range', () => {
    expect(dynamicGexfFileName(day('1947-01-01'), day('2012-12-31'))).toBe('entente-1947-2012-dynamic.gexf');
    expect(animationFileName(day('1960-01-01'), day('1975-12-31'))).toBe(
      'entente-1960-01-01-to-1975-12-31.webm',
    );
  });
});
