import { formatImportIssue } from '../model/import';
import { listArg, parseArgs, runCli } from './args';
import { DEFAULT_DATASET, loadDatasetFiles } from './dataset-file';
import { terminalLine } from './terminal';

void runCli(() => {
  const args = parseArgs(process.argv.slice(2), ['dataset'], ['dataset']);
  const paths = listArg(args, 'dataset') ?? [DEFAULT_DATASET];
  const path = paths.join(' + ');
  const result = loadDatasetFiles(paths);
  const issues = result.ok ? result.warnings : result.issues;
  for (const issue of issues) process.stderr.write(`${terminalLine(formatImportIssue(issue))}\n`);
  if (!result.ok)
    throw new Error(`${path}: ${result.issues.filter((i) => i.severity === 'error').length} error(s)`);
  const d = result.dataset;
  process.stdout.write(
    `${terminalLine(path)}: valid — ${d.actors.length} actors, ${d.ties.length} ties, ${d.events.length} events, ${issues.length} warning(s)\n`,
  );
});
