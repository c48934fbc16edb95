import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDeck } from '../../../server/src/core';
import { lintDeck, type LintOptions } from '../../../server/src/core/rules/engine';
import { type JsonDiagnostic, toJson } from '../../../server/src/cli/lintFormat';

export const FIXTURES = join(__dirname, '../../fixtures/rules');
export const SHARED = join(__dirname, '../../../../shared');
export const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';

/** Lints text and returns what `scs-deck lint --format json` would print for it. */
export function lintText(text: string, options: LintOptions = {}): JsonDiagnostic[] {
  return lintDeck(parseDeck(text), options).map(toJson);
}

/**
 * Compares `actual` with the JSON file at `path`, or writes it when `UPDATE_SNAPSHOTS=1`
 * (or when the file does not exist yet). Returns the expected value.
 */
export function snapshot<T>(path: string, actual: T): T {
  if (UPDATE || !existsSync(path)) {
    writeFileSync(path, JSON.stringify(actual, null, 2) + '\n');
    return actual;
  }
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
