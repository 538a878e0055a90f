import { indexDataset, parseDate, snapshotAt } from '../model';
import {
  EDGE_DIRECTIONS,
  type EdgeDirection,
  NAMED_COLORS,
  PRESET_NAMES,
  type PresetName,
  parseColor,
} from '../model/export';
import { listArg, parseArgs, runCli, stringArg } from './args';
import { readDatasetFile } from './dataset-file';
import { dateInSpan } from './date-arg';
import { terminalLine, writeStdout } from './terminal';
import { FORMATS, type Format, defaultTitle, writeExport } from './snapshot-formats';

const USAGE = [
  'usage: npm run --silent snapshot -- --at YYYY-MM-DD [--format FORMAT] [--window-from DATE] [--dataset path ...]',
  `         [--out FILE|DIR] [--width 1200] [--height 900] [--scale 1] [--background #ffffff|transparent]`,
  `         [--preset ${PRESET_NAMES.join('|')}]`,
  `         [--step month|quarter|year] [--direction undirected|mixed] [--bom]`,
  `         [--title TEXT] [--no-title] [--no-date] [--no-legend] [--no-source] [--theme light|dark]`,
  `         FORMAT: ${FORMATS.join('|')} (default json)`,
].join('\n');

function numberArg(
  value: string | undefined,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new Error(`--${name} must be a number from ${min} to ${max}`);
  return n;
}

void runCli(async () => {
  const args = parseArgs(
    process.argv.slice(2),
    [
      ...['at', 'format', 'dataset', 'window-from', 'help', 'out'],
      ...['width', 'height', 'scale', 'background', 'step', 'direction', 'bom', 'theme', 'title', 'preset'],
      ...['no-title', 'no-date', 'no-legend', 'no-source'],
    ],
    ['dataset'],
  );
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const format = (stringArg(args, 'format') ?? 'json') as Format;
  if (!FORMATS.includes(format))
    throw new Error(`unknown --format "${format}" (known: ${FORMATS.join(', ')})`);
  const at = stringArg(args, 'at');
  if (!at && format !== 'gexf-dynamic') throw new Error('--at is required (see --help)');
  if (at && !parseDate(at)) throw new Error(`--at "${at}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const windowFrom = stringArg(args, 'window-from');
  if (windowFrom !== undefined && !parseDate(windowFrom))
    throw new Error(`--window-from "${windowFrom}" is not a date`);
  const step = stringArg(args, 'step') ?? 'month';
  if (step !== 'month' && step !== 'quarter' && step !== 'year')
    throw new Error('--step is month, quarter or year');
  const direction = stringArg(args, 'direction') ?? 'undirected';
  if (!EDGE_DIRECTIONS.includes(direction as EdgeDirection))
    throw new Error(`--direction is ${EDGE_DIRECTIONS.join(' or ')}`);
  for (const flag of ['bom', 'no-title', 'no-date', 'no-legend', 'no-source'])
    if (args[flag] !== undefined && args[flag] !== true) throw new Error(`--${flag} takes no value`);
  const theme = stringArg(args, 'theme') ?? 'light';
  if (theme !== 'light' && theme !== 'dark') throw new Error('--theme is light or dark');
  // The dark theme's page colour, as in the app, unless a background is given.
  const background = stringArg(args, 'background') ?? (theme === 'dark' ? '#14171f' : '#ffffff');
  if (background !== 'transparent' && !parseColor(background))
    throw new Error(
      `--background is "transparent", #rgb, #rrggbb (or with alpha) or one of: ${Object.keys(NAMED_COLORS).join(', ')}`,
    );

  const preset = stringArg(args, 'preset');
  if (preset !== undefined && !PRESET_NAMES.includes(preset as PresetName))
    throw new Error(`--preset is one of ${PRESET_NAMES.join(', ')}`);

  const index = indexDataset(readDatasetFile(listArg(args, 'dataset')));
  if (at) dateInSpan(at, 'at', index.span);
  if (windowFrom) dateInSpan(windowFrom, 'window-from', index.span);
  const snapshot = at ? snapshotAt(index, at, windowFrom ? { windowFrom } : {}) : null;
  const written = await writeExport(index, snapshot, {
    format,
    out: stringArg(args, 'out'),
    width: numberArg(stringArg(args, 'width'), 'width', 1200, 200, 8000),
    height: numberArg(stringArg(args, 'height'), 'height', 900, 200, 8000),
    scale: numberArg(stringArg(args, 'scale'), 'scale', 1, 0.25, 8),
    ...(preset ? { preset: preset as PresetName } : {}),
    background,
    step,
    direction: direction as EdgeDirection,
    bom: args.bom === true,
    picture: {
      title: args['no-title'] ? null : (stringArg(args, 'title') ?? defaultTitle(index)),
      date: !args['no-date'],
      legend: !args['no-legend'],
      source: !args['no-source'],
      theme,
    },
    write: (text) => writeStdout(text),
  });
  for (const path of written) process.stderr.write(`wrote ${terminalLine(path)}\n`);
});
