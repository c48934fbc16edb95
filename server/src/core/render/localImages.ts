/**
 * Where an image of the deck can be found on disk. SCS decks load HedgeDoc uploads
 * (`https://input.scs.community/uploads/<name>`), and the minutes repository keeps copies beside the decks,
 * so an archived deck can still be shown offline. Pure: paths are strings, `fileExists` is injected.
 */

/** `https://<host>/uploads/<name>`: HedgeDoc's upload URLs. */
const UPLOAD = /^https?:\/\/[^/\s]+\/uploads\/([^/?#\s]+)(?:[?#].*)?$/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

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
 * `uploadDirs`, or a relative path resolved against the deck's folder. Remote URLs without a copy give undefined.
 * @example localImagePath('./img/a.png', '/decks', (p) => true) // '/decks/img/a.png'
 */
export function localImagePath(url: string, deckDir: string, fileExists: (path: string) => boolean, uploadDirs: readonly string[] = []): string | undefined {
  const upload = uploadName(url);
  if (upload !== undefined) {
    if (upload.includes('/') || upload.includes('\\') || upload.startsWith('.')) return undefined;
    return [deckDir, ...uploadDirs].map((dir) => joinPath(dir, upload)).find(fileExists);
  }
  const trimmed = url.trim();
  if (!trimmed || SCHEME.test(trimmed) || trimmed.startsWith('//') || trimmed.startsWith('#')) return undefined;
  const path = joinPath(deckDir, decodeSafely(trimmed.replace(/[?#].*$/, '')));
  return fileExists(path) ? path : undefined;
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
