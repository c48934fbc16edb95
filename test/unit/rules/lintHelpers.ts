import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeck } from '../../../server/src/core';
import { lintDeck, type LintOptions } from '../../../server/src/core/rules/engine';
import { type JsonDiagnostic, toJson } from '../../../server/src/cli/lintFormat';

export const FIXTURES = join(__dirname, '../../fixtures/rules');

/** Lints text and returns what `scs-deck lint --format json` would print for it. */
export function lintText(text: string, options: LintOptions = {}): JsonDiagnostic[] {
  return lintDeck(parseDeck(text), options).map(toJson);
}

/** Whether "fix all" has something to apply: a preferred fix that does not renumber slides. */
export function fixableByFixAll(text: string, options: LintOptions = {}): boolean {
  return lintDeck(parseDeck(text), options).some((d) => d.fixes.some((f) => f.preferred && !f.structural));
}

/**
 * Compares `actual` with the JSON file at `path`: returns the expected value read from it. With
 * `UPDATE_SNAPSHOTS=1` writes `actual` there instead. A missing file fails, so a snapshot that was never
 * committed cannot pass unnoticed; under CI (`CI` set) updating is refused too, since it would pass anything.
 */
export function snapshot<T>(path: string, actual: T, env: NodeJS.ProcessEnv = process.env): T {
  const ci = Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';
  if (env.UPDATE_SNAPSHOTS === '1') {
    if (ci) throw new Error(`UPDATE_SNAPSHOTS=1 under CI would accept any output: refusing to write ${path}.`);
    writeFileSync(path, JSON.stringify(actual, null, 2) + '\n');
    return actual;
  }
  if (!existsSync(path)) {
    throw new Error(`The expected file ${path} does not exist${ci ? ' (CI)' : ''}: run the tests with UPDATE_SNAPSHOTS=1 to write it, review it and commit it.`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
