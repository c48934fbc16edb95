import { randomBytes } from 'node:crypto';
import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors';

/**
 * Replaces a file's contents atomically: a temporary file in the same folder, then a rename over the
 * original, so a reader (or a crash) never sees half a deck. The file mode is kept.
 */
export function writeFileAtomic(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const mode = statSync(path).mode;
    writeFileSync(tmp, text, { encoding: 'utf8', mode });
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // The temporary file was never created.
    }
    throw new UsageError(`${path}: cannot write the fixed deck (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}
