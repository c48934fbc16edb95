import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { FileError, UsageError } from './errors';
import { printable } from './terminalSafe';

const SKIP_DIRS = new Set(['node_modules', '.git']);

/**
 * Expands the paths given on the command line: files as given, directories to the `.md` files below them
 * (sorted, so output is stable). A directory without Markdown is a usage error. Symbolic links inside a
 * directory are followed when their target stays inside it (each file and folder is walked once, so links
 * cannot loop); any other link is skipped with a note, never silently.
 */
export function collectMarkdown(paths: string[], note: (s: string) => void = (s) => process.stderr.write(`scs-deck: ${printable(s)}\n`)): string[] {
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
      const found = new Walk(realpathSync(p), note).run(p);
      if (found.length === 0) throw new UsageError(`${p}: no .md files in this directory`);
      out.push(...found);
    } else out.push(p);
  }
  return out;
}

interface Found {
  readonly path: string;
  readonly real: string;
  /** Reached through a symbolic link: dropped when the same file is also found without one. */
  readonly linked: boolean;
}

class Walk {
  /** Real paths of the folders reached through links so far: a link back to one of them would loop. */
  private readonly linkedDirs = new Set<string>();

  constructor(private readonly root: string, private readonly note: (s: string) => void) {}

  run(dir: string): string[] {
    const found = this.files(dir, this.root, false);
    const plain = new Set(found.filter((f) => !f.linked).map((f) => f.real));
    const listed = new Set<string>();
    return found.filter((f) => {
      if ((f.linked && plain.has(f.real)) || listed.has(f.real)) return false;
      listed.add(f.real);
      return true;
    }).map((f) => f.path);
  }

  private files(dir: string, real: string, linked: boolean): Found[] {
    const out: Found[] = [];
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && !SKIP_DIRS.has(entry.name)) out.push(...this.files(full, join(real, entry.name), linked));
      else if (entry.isFile() && isMarkdown(entry.name)) out.push({ path: full, real: join(real, entry.name), linked });
      else if (entry.isSymbolicLink() && !SKIP_DIRS.has(entry.name)) out.push(...this.link(full, entry.name, real));
    }
    return out;
  }

  private link(full: string, name: string, parent: string): Found[] {
    let target: string;
    let st;
    try {
      target = realpathSync(full);
      st = statSync(target);
    } catch {
      if (isMarkdown(name)) this.note(`${full}: skipped: broken symbolic link`);
      return [];
    }
    if (!st.isDirectory() && !(st.isFile() && isMarkdown(name))) return [];
    const rel = relative(this.root, target);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      this.note(`${full}: skipped: symbolic link to ${target}, outside ${this.root}`);
      return [];
    }
    if (!st.isDirectory()) return [{ path: full, real: target, linked: true }];
    // A link to a folder that contains it, or one already walked through another link, adds nothing.
    if (this.linkedDirs.has(target) || parent === target || parent.startsWith(target + sep)) return [];
    this.linkedDirs.add(target);
    return this.files(full, target, true);
  }
}

function isMarkdown(name: string): boolean {
  return name.toLowerCase().endsWith('.md');
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
 * writing such a text back would destroy them (`--fix` refuses to). `bytes` are the file as read, for
 * `--fix` to notice a change made meanwhile.
 */
export function readDeckText(path: string, maxSizeKb = DEFAULT_MAX_SIZE_KB): { text: string; validUtf8: boolean; bytes: Buffer } {
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new FileError(path, 'is a directory, not a Markdown deck');
    // A FIFO or a device would block the read or never end; its size says nothing about what it holds.
    if (!st.isFile()) throw new FileError(path, 'not a regular file');
    if (st.size > maxSizeKb * 1024) {
      throw new FileError(path, `${Math.ceil(st.size / 1024)} KiB is over the ${maxSizeKb} KiB size cap (raise it with --max-size-kb)`);
    }
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new FileError(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new FileError(path, 'binary file, not a Markdown deck');
  const text = bytes.toString('utf8');
  // A native check: encoding the text again to compare would copy a big deck twice.
  return { text, validUtf8: isUtf8(bytes), bytes };
}

/**
 * The first 32 KiB of a file as text: enough to tell a deck by its front matter (`isDeck` reads 8,192
 * characters), whatever the file's size. Throws `FileError` when the file cannot be read at all.
 */
export function readHead(path: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(32 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch (err) {
    throw new FileError(path, `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads `--max-size-kb` from parsed flags (a positive number), or the default. */
export function maxSizeKb(flags: Map<string, string[]>): number {
  const raw = flags.get('max-size-kb')?.at(-1);
  if (raw === undefined) return DEFAULT_MAX_SIZE_KB;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--max-size-kb needs a positive number, not '${raw}'`);
  return n;
}
