import { DEFAULT_ENGINE_OPTIONS, type EngineOptions, TIE_TYPES, type TieType } from '../src/model';

export const USAGE = `usage: npm run data:history -- [--half-life YEARS] [--option NAME=VALUE]... [--standing TIE_TYPE=SCORE]...
                       [--dataset FILE] [--checks FILE] [--failures]
  --half-life     the engine's half-life in years (halfLifeYears)
  --option        any numeric or true/false engine option by name (${Object.keys(DEFAULT_ENGINE_OPTIONS).join(', ')})
  --standing      the standing score of one tie type (${TIE_TYPES.join(', ')})
  --failures      print only the checks that fail (the count still covers all)`;

export interface HistoryCheckArgs {
  options: Partial<EngineOptions>;
  dataset?: string;
  checks?: string;
  failuresOnly: boolean;
}

function number(flag: string, text: string | undefined): number {
  const n = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(n))
    throw new Error(`${flag} needs a number, got ${JSON.stringify(text ?? '')}\n${USAGE}`);
  return n;
}

function assignment(flag: string, text: string | undefined): [string, string] {
  const eq = text?.indexOf('=') ?? -1;
  if (!text || eq < 1)
    throw new Error(`${flag} needs NAME=VALUE, got ${JSON.stringify(text ?? '')}\n${USAGE}`);
  return [text.slice(0, eq), text.slice(eq + 1)];
}

/** Parses the runner's flags into engine option overrides; unknown flags and names are errors. */
export function parseOverrides(argv: readonly string[]): HistoryCheckArgs {
  const options: Record<string, unknown> = {};
  const standing: Partial<Record<TieType, number>> = {};
  const out: HistoryCheckArgs = { options: options as Partial<EngineOptions>, failuresOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i];
    if (flag === '--half-life') options.halfLifeYears = number(flag, value());
    else if (flag === '--dataset') out.dataset = value();
    else if (flag === '--checks') out.checks = value();
    else if (flag === '--failures') out.failuresOnly = true;
    else if (flag === '--option') {
      const [name, text] = assignment(flag, value());
      const current = (DEFAULT_ENGINE_OPTIONS as unknown as Record<string, unknown>)[name];
      if (typeof current === 'boolean' && (text === 'true' || text === 'false'))
        options[name] = text === 'true';
      else if (typeof current === 'number') options[name] = number(`--option ${name}`, text);
      else throw new Error(`--option ${name}: not a numeric or true/false engine option\n${USAGE}`);
    } else if (flag === '--standing') {
      const [type, text] = assignment(flag, value());
      if (!(TIE_TYPES as readonly string[]).includes(type))
        throw new Error(`--standing ${type}: not a tie type (${TIE_TYPES.join(', ')})`);
      standing[type as TieType] = number(`--standing ${type}`, text);
    } else if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    else throw new Error(`unknown argument ${JSON.stringify(flag)}\n${USAGE}`);
  }
  if (Object.keys(standing).length) options.standing = { ...DEFAULT_ENGINE_OPTIONS.standing, ...standing };
  return out;
}
