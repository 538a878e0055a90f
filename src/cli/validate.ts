import { formatImportIssue } from '../model/import';
import { parseArgs, runCli, stringArg } from './args';
import { DEFAULT_DATASET, loadDatasetFiles } from './dataset-file';
import { terminalLine } from './terminal';

void runCli(() => {
  const args = parseArgs(process.argv.slice(2), ['dataset']);
  const path = stringArg(args, 'dataset') ?? DEFAULT_DATASET;
  const result = loadDatasetFiles(path);
  const issues = result.ok ? result.warnings : result.issues;
  for (const issue of issues) process.stderr.write(`${terminalLine(formatImportIssue(issue))}\n`);
  if (!result.ok)
    throw new Error(`${path}: ${result.issues.filter((i) => i.severity === 'error').length} error(s)`);
  const d = result.dataset;
  process.stdout.write(
    `${terminalLine(path)}: valid — ${d.actors.length} actors, ${d.ties.length} ties, ${d.events.length} events, ${issues.length} warning(s)\n`,
  );
});
