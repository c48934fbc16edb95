/**
 * Where an image of the deck can be found on disk. SCS decks load HedgeDoc uploads
 * (`https://input.scs.community/uploads/<name>`), and the minutes repository keeps copies beside the decks,
 * so an archived deck can still be shown offline. Pure: paths are strings, and whether a file may be shown
 * is decided by the injected `LocalFileCheck` (host/localImageFiles: real path inside the allowed folders,
 * image bytes).
 */

/** `https://<host>/uploads/<name>`: HedgeDoc's upload URLs. */
const UPLOAD = /^https?:\/\/[^/\s]+\/uploads\/([^/?#\s]+)(?:[?#].*)?$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The host's answer about one candidate path: `file` is its real path (symlinks resolved). */
export type LocalFileVerdict = { readonly ok: true; readonly file: string; readonly mime: string } | { readonly ok: false; readonly reason: string };

/** Says whether the file at `path` may be shown or inlined; undefined when there is no file there. */
export type LocalFileCheck = (path: string) => LocalFileVerdict | undefined;

/** A local file that stands in for a URL (`ok`), or one that exists but was refused; `path` is as the deck names it. */
export type LocalImage = LocalFileVerdict & { readonly path: string };

/**
 * The upload's file name, or undefined for other URLs.
 * @example uploadName('https://input.scs.community/uploads/abc.png') // 'abc.png'
 */
export function uploadName(url: string): string | undefined {
  const m = UPLOAD.exec(url.trim());
  return m ? decodeSafely(m[1]) : undefined;
}

/**
 * The local file that should stand in for an image URL: an upload's copy beside the deck or in one of
 * `uploadDirs`, or a relative path resolved against the deck's folder. Remote URLs without a copy give
 * undefined; a file that exists but that `check` refuses comes back with `ok: false` so it can be reported.
 * @example localImagePath('./img/a.png', '/decks', check) // { ok: true, file: '/decks/img/a.png', mime: 'image/png', path: '/decks/img/a.png' }
 */
export function localImagePath(url: string, deckDir: string, check: LocalFileCheck, uploadDirs: readonly string[] = []): LocalImage | undefined {
  const upload = uploadName(url);
  if (upload !== undefined) {
    if (upload.includes('/') || upload.includes('\\') || upload.startsWith('.') || upload.includes('\0')) return undefined;
    for (const dir of [deckDir, ...uploadDirs]) {
      const found = verdictFor(joinPath(dir, upload), check);
      if (found) return found;
    }
    return undefined;
  }
  const trimmed = url.trim();
  if (!trimmed || SCHEME.test(trimmed) || trimmed.startsWith('//') || trimmed.startsWith('#')) return undefined;
  // Decoded before joining, so `%2e%2e/` folds like `../`; backslashes are separators on Windows, so here too.
  const rel = decodeSafely(trimmed.replace(/[?#].*$/, '')).replace(/\\/g, '/');
  if (rel.includes('\0')) return undefined;
  return verdictFor(joinPath(deckDir, rel), check);
}

function verdictFor(path: string, check: LocalFileCheck): LocalImage | undefined {
  const verdict = check(path);
  return verdict && { ...verdict, path };
}

/** Joins `rel` to `dir` with `/`, folding `.` and `..` (never above the root of `dir`). */
export function joinPath(dir: string, rel: string): string {
  const absolute = rel.startsWith('/');
  const base = absolute ? [] : dir.replace(/\\/g, '/').split('/');
  const parts = base.concat(rel.split('/'));
  const out: string[] = [];
  parts.forEach((p, i) => {
    if (p === '..') {
      if (out.length > 1 || (out.length === 1 && out[0] !== '')) out.pop();
    } else if (p !== '.' && !(p === '' && i > 0)) out.push(p);
  });
  return out.join('/') || '/';
}

function decodeSafely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
