import { terminalLine } from './terminal';

/**
 * Minimal `--name value` / `--flag` parsing; unknown options are errors so typos never pass silently.
 * An option given twice is an error too (the last one silently winning hides a mistake), except the
 * `repeatable` ones, which collect every value in order.
 */
export type ParsedArgs = Record<string, string | true | string[]>;

export function parseArgs(
  argv: readonly string[],
  known: readonly string[],
  repeatable: readonly string[] = [],
): ParsedArgs {
  const out: ParsedArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!known.includes(name))
      throw new Error(`unknown option --${name} (known: ${known.map((k) => `--${k}`).join(', ')})`);
    let value: string | true;
    if (inline !== undefined) value = inline;
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    else value = true;
    if (repeatable.includes(name)) {
      if (value === true) throw new Error(`--${name} needs a value`);
      out[name] = [...((out[name] as string[] | undefined) ?? []), value];
    } else if (name in out) throw new Error(`--${name} is given more than once`);
    else out[name] = value;
  }
  return out;
}

export function stringArg(args: ParsedArgs, name: string): string | undefined {
  const v = args[name];
  if (v === true) throw new Error(`--${name} needs a value`);
  if (Array.isArray(v)) {
    if (v.length > 1) throw new Error(`--${name} is given more than once`);
    return v[0];
  }
  return v;
}

/** Every value of a repeatable option, in order; undefined when it was not given. */
export function listArg(args: ParsedArgs, name: string): string[] | undefined {
  const v = args[name];
  if (v === undefined) return undefined;
  if (v === true) throw new Error(`--${name} needs a value`);
  return Array.isArray(v) ? v : [v];
}

function fail(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  // V8's own words for running out of room, said as what to do about it.
  const said = /Invalid string length|Array buffer allocation failed|Maximum call stack/i.test(message)
    ? `the input is too large to process (${message}); filter or aggregate it first`
    : message;
  process.stderr.write(`error: ${terminalLine(said)}\n`);
  process.exitCode = 1;
}

/**
 * Runs a CLI body; any error, thrown or left unhandled anywhere, becomes one line on stderr (controls
 * escaped) and exit code 1, never a stack trace.
 */
export async function runCli(body: () => Promise<void> | void): Promise<void> {
  const unexpected = (err: unknown) => {
    fail(err);
    process.exit(1);
  };
  process.on('uncaughtException', unexpected);
  process.on('unhandledRejection', unexpected);
  try {
    await body();
  } catch (err) {
    fail(err);
  }
}
