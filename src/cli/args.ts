import { terminalLine } from './terminal';

/** Minimal `--name value` / `--flag` parsing; unknown options are errors so typos never pass silently. */
export type ParsedArgs = Record<string, string | true>;

export function parseArgs(argv: readonly string[], known: readonly string[]): ParsedArgs {
  const out: ParsedArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!known.includes(name))
      throw new Error(`unknown option --${name} (known: ${known.map((k) => `--${k}`).join(', ')})`);
    if (inline !== undefined) out[name] = inline;
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) out[name] = argv[++i];
    else out[name] = true;
  }
  return out;
}

export function stringArg(args: ParsedArgs, name: string): string | undefined {
  const v = args[name];
  if (v === true) throw new Error(`--${name} needs a value`);
  return v;
}

/** Runs a CLI body; any error becomes one line on stderr (controls escaped) and exit code 1. */
export async function runCli(body: () => Promise<void> | void): Promise<void> {
  try {
    await body();
  } catch (err) {
    process.stderr.write(`error: ${terminalLine(err instanceof Error ? err.message : String(err))}\n`);
    process.exitCode = 1;
  }
}
