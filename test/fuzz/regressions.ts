import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Shrunk counterexamples are kept here and replayed by the unit tests. */
export const REGRESSIONS_DIR = join(__dirname, 'regressions');

export function loadRegressions(): { name: string; text: string }[] {
  return readdirSync(REGRESSIONS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(REGRESSIONS_DIR, name), 'utf8') }))
    .map(({ name, text }) => ({ name, text: JSON.parse(text) as string }));
}

/** Stores a failing input as a JSON string (so CR, NUL and lone surrogates survive the file system). */
export function saveRegression(text: string): string {
  const name = `${createHash('sha256').update(text).digest('hex').slice(0, 12)}.txt`;
  writeFileSync(join(REGRESSIONS_DIR, name), JSON.stringify(text), 'utf8');
  return name;
}
