import { readDatasetFile } from '../src/cli/dataset-file';
import { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from '../src/model';
import { runHistoryChecks } from './history-check';
import { readHistoryChecks } from './history-check-format';

/**
 * The sensitivity table of docs/MODEL.md: how many history checks hold when one parameter moves over
 * its range (the others at their defaults). `npx tsx scripts/history-sensitivity.ts`
 */
const RANGES: { name: keyof EngineOptions; values: (number | Partial<EngineOptions>)[] }[] = [
  { name: 'halfLifeYears', values: [2, 3, 4, 5, 6] },
  { name: 'kappa', values: [0.5, 1, 2, 4, 8] },
  { name: 'conflictWeight', values: [1, 1.5, 2, 3] },
  { name: 'episodeRemainder', values: [0, 0.25, 0.5, 1] },
  { name: 'neutralBand', values: [0.25, 0.5, 1] },
  { name: 'minEvidence', values: [0.25, 0.5, 1] },
  { name: 'staleAfterYears', values: [5, 8, 10, 15, 100] },
  { name: 'staleHalfLifeYears', values: [2, 5, 10] },
  { name: 'standing', values: [{ standing: {} }] },
];

const dataset = readDatasetFile();
const checks = readHistoryChecks();
const lines = ['| parameter | value | checks that hold | failing |', '| --- | --- | --- | --- |'];
for (const { name, values } of RANGES) {
  for (const value of values) {
    const options = typeof value === 'number' ? { [name]: value } : value;
    const results = runHistoryChecks(dataset, checks, options);
    const failing = results.filter((r) => !r.pass).map((r) => r.check.id);
    const shown = typeof value === 'number' ? String(value) : 'off';
    const mark = typeof value === 'number' && DEFAULT_ENGINE_OPTIONS[name] === value ? ' (default)' : '';
    lines.push(
      `| ${name} | ${shown}${mark} | ${results.length - failing.length} of ${results.length} | ${failing.join(', ')} |`,
    );
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
