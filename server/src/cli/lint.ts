import { dirname } from 'node:path';
import { isDeck, parseDeck } from '../core';
import { lintDeck, type LintOptions } from '../core/rules/engine';
import { fixAll } from '../core/rules/fixAll';
import { RULES } from '../core/rules/registry';
import { fileExistsFrom } from '../host/fileExists';
import { RepoConfigStore } from '../host/repoConfig';
import { parseArgs } from './args';
import { writeFileAtomic } from './atomicWrite';
import { UsageError } from './errors';
import { collectMarkdown, maxSizeKb, readDeckText } from './files';
import { type FileResult, formatGithub, formatText, toJson } from './lintFormat';
import { printable } from './terminalSafe';

const FORMATS = ['text', 'json', 'github'];

/**
 * `scs-deck lint [--format text|json|github] [--fix] [--rule <name>]... <files|dirs...>`. Files named on the
 * command line are always linted; in directories only decks (`type: slide` or `community-call/*.md`).
 * Exit 1 when an error-level problem remains, 2 on usage or I/O errors.
 */
export function runLint(argv: string[], out: (s: string) => void, errRaw: (s: string) => void = (s) => process.stderr.write(s + '\n')): number {
  // File names and rule messages quote the deck: never let its control characters reach the terminal.
  const err = (s: string) => errRaw(printable(s));
  const args = parseArgs(argv, { format: true, fix: false, rule: true, 'max-size-kb': true });
  const format = args.flags.get('format')?.at(-1) ?? 'text';
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
  const only = args.flags.get('rule');
  for (const name of only ?? []) if (!RULES.some((r) => r.name === name)) throw new UsageError(`unknown rule '${name}'`);
  const cap = maxSizeKb(args.flags);
  const explicit = new Set(args.positionals);
  const configs = new RepoConfigStore(RULES);
  const results: FileResult[] = [];
  const reported = new Set<string>();
  // A broken rule must not hide the others: say so once, skip it, lint on.
  const failed = (rule: string, e: unknown) => {
    if (!reported.has(rule)) err(`scs-deck: rule ${rule} failed and was skipped: ${e instanceof Error ? e.message : String(e)}`);
    reported.add(rule);
  };
  for (const file of collectMarkdown(args.positionals)) {
    const read = readDeckText(file, cap);
    let text = read.text;
    if (!explicit.has(file) && !isDeck(text, file)) continue;
    const config = configs.forFile(file);
    if (config.problems.some((p) => p.startsWith('cannot read'))) throw new UsageError(`${config.path}: ${config.problems.join('; ')}`);
    for (const p of config.problems) err(`scs-deck: ${config.path}: ${p} (ignored)`);
    const options: LintOptions = { repo: config.rules, only, environment: { path: file.replace(/\\/g, '/'), fileExists: fileExistsFrom(dirname(file)) }, onError: failed };
    if (args.flags.has('fix') && !read.validUtf8) err(`${file}: not valid UTF-8, so not fixed (writing it back would replace the invalid bytes)`);
    else if (args.flags.has('fix')) text = fixFile(file, text, options, err);
    results.push({ file, diagnostics: lintDeck(parseDeck(text), options).map(toJson) });
  }
  if (format === 'json') out(JSON.stringify(results));
  else if (format === 'github') {
    const lines = formatGithub(results);
    if (lines) out(lines);
  } else out(formatText(results));
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** Applies every preferred fix and writes the file only if something changed. */
function fixFile(file: string, text: string, options: LintOptions, err: (s: string) => void): string {
  const result = fixAll(text, options);
  if (!result.changed) return text;
  writeFileAtomic(file, result.text);
  const counts = Object.entries(result.applied).map(([rule, n]) => `${rule} ×${n}`).join(', ');
  err(`${file}: fixed ${counts}`);
  return result.text;
}
