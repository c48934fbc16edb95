import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './errors';

const SKIP_DIRS = new Set(['node_modules', '.git']);

/**
 * Expands the paths given on the command line: files as given, directories to the `.md` files below them
 * (sorted, so output is stable). A directory without Markdown is a usage error.
 */
export function collectMarkdown(paths: string[]): string[] {
  if (paths.length === 0) throw new UsageError('no files given');
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`${p}: no such file or directory`);
    }
    if (st.isDirectory()) {
      const found = walk(p);
      if (found.length === 0) throw new UsageError(`${p}: no .md files in this directory`);
      out.push(...found);
    } else out.push(p);
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) out.push(...walk(full));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) out.push(full);
  }
  return out;
}

/** Same default as the editor's `scsDeck.maxFileSizeKb`. */
export const DEFAULT_MAX_SIZE_KB = 5120;

/**
 * A deck file's text. Binary files (a NUL byte) and files over the size cap are refused with a clear
 * message; the BOM is kept, as HedgeDoc would see it.
 */
export function readDeckFile(path: string, maxSizeKb = DEFAULT_MAX_SIZE_KB): string {
  return readDeckText(path, maxSizeKb).text;
}

/**
 * Like `readDeckFile`, and says whether the bytes were valid UTF-8: invalid bytes decode to U+FFFD, so
 * writing such a text back would destroy them (`--fix` refuses to).
 */
export function readDeckText(path: string, maxSizeKb = DEFAULT_MAX_SIZE_KB): { text: string; validUtf8: boolean } {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > maxSizeKb * 1024) {
      throw new UsageError(`${path}: ${Math.ceil(size / 1024)} KiB is over the ${maxSizeKb} KiB size cap (raise it with --max-size-kb)`);
    }
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new UsageError(`${path}: binary file, not a Markdown deck`);
  const text = bytes.toString('utf8');
  return { text, validUtf8: Buffer.from(text, 'utf8').equals(bytes) };
}

/** Reads `--max-size-kb` from parsed flags (a positive number), or the default. */
export function maxSizeKb(flags: Map<string, string[]>): number {
  const raw = flags.get('max-size-kb')?.at(-1);
  if (raw === undefined) return DEFAULT_MAX_SIZE_KB;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--max-size-kb needs a positive number, not '${raw}'`);
  return n;
}
