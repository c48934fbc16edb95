/**
 * The one rule for local files a deck may show (preview) or inline (export). Decks arrive in pull requests,
 * so a deck's image paths are hostile input: a file is used only when its real path (symlinks resolved) lies
 * inside an allowed folder, it is a regular file, and its bytes are an image. Everything else is refused with
 * a reason the caller reports.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { imageMime, IMAGE_SNIFF_BYTES } from '../core/render/imageMagic';
import type { LocalFileCheck, LocalFileVerdict } from '../core/render/localImages';

/** Larger files are refused: no deck image is this big, and the export holds each one in memory. */
export const MAX_LOCAL_IMAGE_BYTES = 25 * 1024 * 1024;

/** Kernel and device file systems: never read, whatever the allowed folders are. */
const SYSTEM_DIRS = ['/proc', '/sys', '/dev'];

/** Where a deck's local images may come from. */
export interface LocalImageFolders {
  /** The deck's own folder. */
  readonly deckDir: string;
  /** The workspace folder holding the deck (editor), or its repository root (CLI, see `findWorkspaceRoot`). */
  readonly workspaceDir?: string;
  /** Folders with local copies of HedgeDoc uploads (`--uploads`, `scsDeck.preview.uploadsFolder`). */
  readonly uploadDirs?: readonly string[];
}

/**
 * The allowed folders as real paths, without duplicates or folders that do not exist. The preview's
 * `localResourceRoots` are these same folders.
 */
export function allowedImageRoots(folders: LocalImageFolders): string[] {
  const roots = new Set<string>();
  for (const dir of [folders.deckDir, folders.workspaceDir, ...(folders.uploadDirs ?? [])]) {
    if (!dir) continue;
    try {
      const real = realpathSync.native(resolve(dir));
      if (statSync(real).isDirectory() && !isSystemPath(real)) roots.add(real);
    } catch {
      // A missing folder allows nothing.
    }
  }
  return [...roots];
}

/**
 * A `LocalFileCheck` for the render core: may the file at `path` be shown or inlined?
 * @example localImageCheck({ deckDir: '/m/community-call' })('/m/community-call/logo.png') // { ok: true, file, mime: 'image/png' }
 */
export function localImageCheck(folders: LocalImageFolders): LocalFileCheck {
  const roots = allowedImageRoots(folders);
  return (path) => checkLocalImage(path, roots);
}

/** `checkLocalImage` against real-path `roots` (from `allowedImageRoots`). */
export function checkLocalImage(path: string, roots: readonly string[]): LocalFileVerdict | undefined {
  if (isSystemPath(resolve(path))) return refuse('system folders (/proc, /sys, /dev) are never read');
  let real: string;
  try {
    real = realpathSync.native(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : refuse(`cannot be resolved (${code ?? 'error'})`);
  }
  if (isSystemPath(real)) return refuse(`it leads to ${real}; system folders (/proc, /sys, /dev) are never read`);
  if (!roots.some((root) => isInside(real, root))) {
    const via = real === resolve(path) ? '' : ` (it leads to ${real})`;
    return refuse(`outside the deck's folder, its workspace and the uploads folder${via}`);
  }
  const head = readImageFile(real, IMAGE_SNIFF_BYTES);
  if (!head.ok) return head;
  const mime = imageMime(head.bytes);
  return mime ? { ok: true, file: real, mime } : refuse('not an image (its bytes are not PNG, JPEG, GIF, WebP, AVIF, BMP, ICO or SVG)');
}

/**
 * Reads a file `checkLocalImage` allowed (at most `limit` bytes), refusing anything but a regular file that
 * fits the size cap. The last path step is not followed if it became a symlink since the check.
 */
export function readImageFile(real: string, limit = MAX_LOCAL_IMAGE_BYTES): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO must not hang the export.
    fd = openSync(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return refuse(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return refuse('not a regular file');
    if (st.size > MAX_LOCAL_IMAGE_BYTES) return refuse(`${Math.ceil(st.size / 1048576)} MiB is over the ${MAX_LOCAL_IMAGE_BYTES / 1048576} MiB cap`);
    const bytes = Buffer.alloc(Math.min(st.size, limit));
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return { ok: true, bytes: bytes.subarray(0, got) };
  } catch (err) {
    return refuse(`cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * The CLI's workspace for a deck: the nearest folder at or above the deck's that holds `.git` or
 * `.scs-deck.json` (the minutes repository), else the deck's own folder. The file system root and the home
 * folder never count (a home folder under version control would open every picture in it).
 * @example findWorkspaceRoot('/home/me/minutes/community-call') // '/home/me/minutes'
 */
export function findWorkspaceRoot(deckDir: string): string {
  const start = resolve(deckDir);
  const home = resolve(homedir());
  for (let dir = start; ; dir = dirname(dir)) {
    if (dir === dirname(dir) || dir === home) break;
    if (existsSync(join(dir, '.git')) || existsSync(join(dir, '.scs-deck.json'))) return dir;
  }
  return start;
}

function isSystemPath(path: string): boolean {
  return process.platform !== 'win32' && SYSTEM_DIRS.some((dir) => path === dir || isInside(path, dir));
}

/** `path` lies strictly below `root` (both absolute and resolved). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${'/'}`) && !rel.startsWith('..\\') && !isAbsolute(rel);
}

function refuse(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
