import { loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { indexDataset, snapshotAt } from '../../src/model';
import { syntheticDataset } from '../../src/model/synthetic';
import { readDatasetFile } from '../../src/cli/dataset-file';
import { FORMATS, writeExport } from '../../src/cli/snapshot-formats';
import { ms } from './stats';

/**
 * `npm run bench -- --only cli`: a 100,000-actor snapshot in every CLI format, the way `npm run snapshot`
 * makes it (read the gzipped JSON and validate it, index, lay out, export), timed in one process: wall
 * and CPU time per format. `BENCH_CLI_ACTORS` changes the size; `BENCH_CLI_FORMATS=json,csv` picks some.
 * Each format's whole run (read + index + export, what one `npm run snapshot` costs) is compared with
 * the app's import of the same size: `BENCH_CLI_APP_MS`, by default 15 s, the browser's 100,000-actor
 * import as measured by the hostile-input probe (issue 21, point 4).
 */
const APP_IMPORT_MS = Number(process.env.BENCH_CLI_APP_MS ?? 15_000);

export interface CliFigures {
  actors: number;
  events: number;
  readMs: number;
  indexMs: number;
  formats: { format: string; wallMs: number; cpuMs: number; error?: string }[];
  /** The app's import at this size, the yardstick of each whole run. */
  appImportMs: number;
  loadavg: number[];
}

const cpuMs = (start: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
};

export async function runCliBench(): Promise<CliFigures> {
  const actors = Number(process.env.BENCH_CLI_ACTORS ?? 100_000);
  const wanted = process.env.BENCH_CLI_FORMATS?.split(',') ?? [...FORMATS];
  const dir = mkdtempSync(join(tmpdir(), 'entente-cli-bench-'));
  const file = join(dir, 'synthetic.json.gz');
  writeFileSync(
    file,
    gzipSync(JSON.stringify(syntheticDataset({ seed: 7, actors, pairs: actors, events: actors }))),
  );
  let t = performance.now();
  const dataset = readDatasetFile(file);
  const readMs = performance.now() - t;
  t = performance.now();
  const index = indexDataset(dataset);
  const indexMs = performance.now() - t;
  const at = `${Number(dataset.events[0].date.slice(0, 4)) + 30}`;
  const formats: CliFigures['formats'] = [];
  for (const format of FORMATS.filter((f) => wanted.includes(f))) {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    let error: string | undefined;
    try {
      await writeExport(index, format === 'gexf-dynamic' ? null : snapshotAt(index, at), {
        format,
        out: join(dir, format === 'csv' ? 'csv' : `out.${format}`),
        width: 1200,
        height: 900,
        scale: 1,
        background: '#ffffff',
        step: 'month',
        direction: 'undirected',
        bom: false,
        picture: { title: 'bench', date: true, legend: true, source: true, theme: 'light' },
        write: () => undefined,
      });
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    formats.push({
      format,
      wallMs: performance.now() - wall,
      cpuMs: cpuMs(cpu),
      ...(error ? { error } : {}),
    });
  }
  rmSync(dir, { recursive: true, force: true });
  return {
    actors,
    events: dataset.events.length,
    readMs,
    indexMs,
    formats,
    appImportMs: APP_IMPORT_MS,
    loadavg: loadavg(),
  };
}

export function printCli(f: CliFigures): void {
  console.log(
    `\nCLI snapshot — ${f.actors.toLocaleString('en')} actors, ${f.events.toLocaleString('en')} events`,
  );
  console.log(`  read + validate ${ms(f.readMs)}; index ${ms(f.indexMs)} (shared by every format)`);
  console.log(`  whole run = read + index + export, against the app's import: ${ms(f.appImportMs)}`);
  for (const r of f.formats) {
    const whole = f.readMs + f.indexMs + r.wallMs;
    const verdict = r.error
      ? `  failed: ${r.error.slice(0, 160)}`
      : `  whole run ${ms(whole).padStart(9)} = ${(whole / f.appImportMs).toFixed(2)} x the app's import`;
    console.log(
      `  ${r.format.padEnd(13)} wall ${ms(r.wallMs).padStart(9)}  CPU ${ms(r.cpuMs).padStart(9)}${verdict}`,
    );
  }
  console.log(`  load average ${f.loadavg.map((x) => x.toFixed(2)).join(' / ')}`);
}
