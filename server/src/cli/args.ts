import { UsageError } from './errors';

export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Map<string, string[]>;
}

/**
 * A small, strict argument parser: unknown options are usage errors, never ignored.
 * `spec` maps each option to whether it takes a value. `-o` style short names are mapped through `aliases`.
 * @example parseArgs(['--json', 'a.md'], { json: false }) // flags json=[''], positionals ['a.md']
 */
export function parseArgs(argv: string[], spec: Record<string, boolean>, aliases: Record<string, string> = {}): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [rawName, inline] = arg.replace(/^--?/, '').split(/=(.*)/s, 2);
    const name = aliases[rawName] ?? rawName;
    if (!(name in spec)) throw new UsageError(`unknown option ${arg}`);
    let value = '';
    if (spec[name]) {
      value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
    } else if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { positionals, flags };
}
