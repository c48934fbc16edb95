import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, chownSync, closeSync, constants, fsyncSync, ftruncateSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { FileError } from './errors';

export interface WriteOptions {
  /** The file's bytes when it was read: if it holds anything else now, it changed meanwhile and is left alone. */
  readonly expected?: Buffer;
  /** Test seam: runs after the new text is on disk and before the original is replaced. */
  readonly beforeCommit?: () => void;
}

/**
 * Replaces a deck's contents with the fixed text, or refuses with a `FileError` and leaves it as it was:
 * - a symbolic link is followed, so its target is fixed and the link stays a link;
 * - a read-only file (no write bit in its mode, checked explicitly since root may write anything) is refused;
 * - a file that changed since it was read (`expected`) is refused, checked just before the replace;
 * - a file with several hard links is rewritten in place, so every link sees the fix; otherwise a temporary
 *   file in the same folder is renamed over the original, so a reader (or a crash) never sees half a deck.
 * Mode and (where allowed) owner are kept.
 */
export function writeFileAtomic(path: string, text: string, options: WriteOptions = {}): void {
  const fail = (why: string): never => {
    throw new FileError(path, `not fixed: ${why}`);
  };
  let real: string;
  let st;
  try {
    real = realpathSync(path);
    st = statSync(real);
  } catch (err) {
    return fail(`cannot read it (${code(err)})`);
  }
  if (!st.isFile()) fail('not a regular file');
  if ((st.mode & 0o222) === 0) fail(`the file is read-only (mode ${(st.mode & 0o777).toString(8).padStart(4, '0')})`);
  try {
    accessSync(real, constants.W_OK);
  } catch (err) {
    fail(`cannot write it (${code(err)})`);
  }
  const data = Buffer.from(text, 'utf8');
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let keepTmp = false;
  try {
    // The new text goes to disk first in both cases: a full disk fails here, before the original is touched.
    writeFileSync(tmp, data, { mode: 0o600 });
    // Set after creation: the mode given to writeFileSync would be narrowed by the umask.
    chmodSync(tmp, st.mode & 0o7777);
    try {
      chownSync(tmp, st.uid, st.gid);
    } catch {
      // Only root may give a file away; others keep their own files anyway.
    }
    options.beforeCommit?.();
    if (options.expected && !unchanged(real, options.expected)) fail('it changed on disk while the fixes were computed; run again');
    if (st.nlink > 1) {
      try {
        writeInPlace(real, data);
      } catch (err) {
        keepTmp = true;
        fail(`writing it in place failed (${code(err)}); the fixed text is in ${tmp}`);
      }
    } else renameSync(tmp, real);
  } catch (err) {
    if (err instanceof FileError) throw err;
    fail(`cannot write it (${code(err)})`);
  } finally {
    try {
      if (!keepTmp) unlinkSync(tmp);
    } catch {
      // Renamed over the original, or never created.
    }
  }
}

function unchanged(path: string, expected: Buffer): boolean {
  try {
    return readFileSync(path).equals(expected);
  } catch {
    return false;
  }
}

/** Overwrites every byte of a hard-linked file through one descriptor, then cuts it to the new length. */
function writeInPlace(path: string, data: Buffer): void {
  const fd = openSync(path, 'r+');
  try {
    for (let at = 0; at < data.length; ) at += writeSync(fd, data, at, data.length - at, at);
    ftruncateSync(fd, data.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function code(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? String(err);
}
