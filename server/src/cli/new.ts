import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findTemplateSync } from '../host/templateFile';
import { checkCallDate, deckFileName, newDeckText, nextCallDate } from '../core/features/newDeck';
import { parseArgs } from './args';
import { UsageError } from './errors';

/**
 * `scs-deck new [--date YYYY-MM-DD] [-o file|dir] [--template file]`: next week's deck from the template.
 * Without `-o` it goes to `./community-call/` when there is one, else the current folder. Never overwrites.
 */
export function runNew(argv: string[], out: (s: string) => void, cwd = process.cwd(), today = new Date()): number {
  const args = parseArgs(argv, { date: true, output: true, template: true }, { o: 'output' });
  if (args.positionals.length) throw new UsageError(`new takes no file arguments (use -o): ${args.positionals.join(' ')}`);
  const folder = defaultFolder(cwd);
  const outputFlag = args.flags.get('output')?.[0];
  // resolve, not join: an absolute -o is taken as it is.
  const output = outputFlag === undefined ? undefined : resolve(cwd, outputFlag);
  const outDir = output && isDirectory(output) ? output : folder;
  const template = readTemplate(args.flags.get('template')?.[0], cwd, output && !isDirectory(output) ? dirname(output) : outDir);
  const date = args.flags.get('date')?.[0] ?? nextCallDate(today, (name) => existsSync(join(outDir, name)));
  const check = checkCallDate(date);
  if (check.error) throw new UsageError(`--date ${date}: ${check.error}`);
  if (check.warning) process.stderr.write(`scs-deck: note: ${check.warning}\n`);
  const file = output && !isDirectory(output) ? output : join(outDir, deckFileName(date));
  try {
    // `wx` fails if the file exists: an existing deck is never overwritten, not even in a race.
    writeFileSync(file, newDeckText(template, date), { flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${file} already exists; not overwriting it (pick another --date or -o)`);
    throw new UsageError(`${file}: cannot write (${code ?? 'error'})`);
  }
  out(file);
  return 0;
}

/** `--template`, else the template the editor would use for a deck in `deckDir` (see host/templateFile.ts). */
function readTemplate(path: string | undefined, cwd: string, deckDir: string): string {
  if (path) {
    try {
      return readFileSync(resolve(cwd, path), 'utf8');
    } catch {
      throw new UsageError(`--template ${path}: cannot read this file`);
    }
  }
  return findTemplateSync({ deckDir, workspaceFolder: cwd }).text;
}

function defaultFolder(cwd: string): string {
  const calls = join(cwd, 'community-call');
  return isDirectory(calls) ? calls : cwd;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
