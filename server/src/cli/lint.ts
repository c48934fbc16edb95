import { dirname } from 'node:path';
import { isDeck, parseDeck } from '../core';
import { lintDeck, type LintOptions } from '../core/rules/engine';
import { fixAll } from '../core/rules/fixAll';
import { RULES } from '../core/rules/registry';
import { findMedia } from '../export/media';
import { diagramSyntaxCheckIn } from '../host/diagramSyntax';
import type { DiagramSyntaxCheck } from '../core/rules/types';
import { fileExistsFrom } from '../host/fileExists';
import { RepoConfigStore } from '../host/repoConfig';
import { parseArgs } from './args';
import { writeFileAtomic } from './atomicWrite';
import { FileError, UsageError } from './errors';
import { collectMarkdown, maxSizeKb, readDeckText, readHead } from './files';
import { type FileResult, fileError, formatGithub, formatText, toJson } from './lintFormat';
import { LintLayout } from './lintLayout';
import { printable } from './terminalSafe';

/** The diagram parsers of the build beside this bundle, looked up once. */
let diagramChecker: { check?: DiagramSyntaxCheck } | undefined;
function diagramCheck(): DiagramSyntaxCheck | undefined {
  return (diagramChecker ??= { check: diagramSyntaxCheckIn(findMedia()?.diagramsDir) }).check;
}

const FORMATS = ['text', 'json', 'github'];

/**
 * `scs-deck lint [--format text|json|github] [--fix] [--rule <name>]... [--layout [--browser <path>] [--uploads <dir>]] <files|dirs...>`.
 * Files named on the command line are always linted; in directories only decks (`type: slide` or `community-call/*.md`).
 * `--layout` lays each deck out in a local Chromium as HedgeDoc does (HedgeDoc uploads from `--uploads`, as `render` takes them) and adds `slide-overflow`; without a browser
 * it says so in one line and lints as if it had not been asked.
 * A file that cannot be read (or fixed) is reported as a `file-error` for that file and the others are still
 * linted. Exit 1 when an error-level problem remains, 2 on usage errors or when any file could not be read
 * or written (everything readable is reported all the same).
 */
export async function runLint(argv: string[], out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(s + '\n')): Promise<number> {
  const args = parseArgs(argv, { format: true, fix: false, rule: true, 'max-size-kb': true, layout: false, browser: true, uploads: true });
  const format = args.flags.get('format')?.at(-1) ?? 'text';
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
  const only = args.flags.get('rule');
  for (const name of only ?? []) if (!RULES.some((r) => r.name === name)) throw new UsageError(`unknown rule '${name}'`);
  const cap = maxSizeKb(args.flags);
  const say = (s: string) => err(printable(s));
  const explicit = new Set(args.positionals);
  const configs = new RepoConfigStore(RULES);
  const results: FileResult[] = [];
  const reported = new Set<string>();
  // A broken rule must not hide the others: say so once, skip it, lint on.
  const failed = (rule: string, e: unknown) => {
    if (!reported.has(rule)) say(`scs-deck: rule ${rule} failed and was skipped: ${e instanceof Error ? e.message : String(e)}`);
    reported.add(rule);
  };
  const files = collectMarkdown(args.positionals, (s) => say(`scs-deck: ${s}`));
  const layout = args.flags.has('layout') && (!only || only.includes('slide-overflow')) ? LintLayout.find(args.flags.get('browser')?.at(-1), args.flags.get('uploads') ?? [], say) : undefined;
  try {
    for (const file of files) {
      const read = readOrExplain(file, cap, explicit.has(file));
      if (read === 'not a deck') continue;
      if (read instanceof FileError) {
        results.push(fileError(file, read.reason));
        continue;
      }
      let text = read.text;
      if (!explicit.has(file) && !isDeck(text, file)) continue;
      const config = configs.forFile(file);
      if (config.problems.length && !reported.has(config.path!)) {
        for (const p of config.problems) say(`scs-deck: ${config.path}: ${p}${config.unusable ? '' : ' (ignored)'}`);
        reported.add(config.path!);
      }
      if (config.unusable) {
        results.push(fileError(file, `not linted: ${config.path}: ${config.problems.join('; ')}`));
        continue;
      }
      const options: LintOptions = { repo: config.rules, only, environment: { path: file.replace(/\\/g, '/'), fileExists: fileExistsFrom(dirname(file)), checkDiagram: diagramCheck() }, onError: failed };
      let problem: FileError | undefined;
      if (args.flags.has('fix') && !read.validUtf8) say(`${file}: not valid UTF-8, so not fixed (writing it back would replace the invalid bytes)`);
      else if (args.flags.has('fix')) {
        try {
          text = fixFile(file, text, read.bytes, options, say);
        } catch (e) {
          if (!(e instanceof FileError)) throw e;
          problem = e;
        }
      }
      const deck = parseDeck(text);
      const measures = await layout?.measures(deck, file);
      const diagnostics = lintDeck(deck, measures ? { ...options, environment: { ...options.environment, measures } } : options).map(toJson);
      results.push(problem ? fileError(file, problem.reason, diagnostics) : { file, diagnostics });
    }
  } finally {
    await layout?.close();
  }
  if (format === 'json') out(JSON.stringify(results));
  else if (format === 'github') {
    const lines = formatGithub(results);
    if (lines) out(lines);
  } else out(formatText(results));
  if (results.some((r) => r.error)) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/**
 * Reads a file to lint. A file found in a directory that cannot be read whole (too big, binary) is judged
 * by its first bytes: one that is not a deck is passed over like any other non-deck, not reported.
 */
function readOrExplain(file: string, cap: number, explicit: boolean): ReturnType<typeof readDeckText> | FileError | 'not a deck' {
  try {
    return readDeckText(file, cap);
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    if (explicit) return e;
    try {
      return isDeck(readHead(file), file) ? e : 'not a deck';
    } catch {
      return e;
    }
  }
}

/** Applies every preferred fix and writes the file only if something changed. */
function fixFile(file: string, text: string, bytes: Buffer, options: LintOptions, say: (s: string) => void): string {
  const result = fixAll(text, options);
  if (!result.changed) return text;
  writeFileAtomic(file, result.text, { expected: bytes });
  const counts = Object.entries(result.applied).map(([rule, n]) => `${rule} ×${n}`).join(', ');
  say(`${file}: fixed ${counts}`);
  return result.text;
}
