/**
 * Which note a URL names, and on which HedgeDoc server. HedgeDoc 1.x serves a note as `/<id>` (editor),
 * `/s/<shortid>` (published view) and `/p/<shortid>` (slides); every form answers `/<id>/download`, because the
 * server looks an id up as alias, UUID or short id alike. Pure: no network.
 */

export type NoteView = 'note' | 'published' | 'slides';

export interface NoteRef {
  /** The server's base URL: origin plus the path HedgeDoc is mounted under, without a trailing slash. */
  readonly server: string;
  /** Alias, base64url UUID or short id, as it appears in the URL (decoded). */
  readonly id: string;
  readonly view: NoteView;
}

/** First path segments that are HedgeDoc routes, not notes. */
const RESERVED = new Set([
  '', 's', 'p', 'new', 'uploads', 'uploadimage', 'status', '_health', 'metrics', 'config', 'login', 'logout', 'register', 'me',
  'auth', 'history', 'features', 'yaml-metadata', 'slide-example', 'build', 'js', 'css', 'vendor', 'docs', 'fonts',
  'favicon.ico', 'robots.txt', 'screenshot.png', '403', '404', '500', '_link', 'user', 'temp',
]);
/** Actions after a note id: `/<id>/download`, `/<id>/slide`… */
const ACTIONS = new Set(['download', 'slide', 'publish', 'pretty', 'info', 'edit', 'revision', 'gist']);

export class NoteUrlError extends Error {}

/**
 * The note a URL names. `server` (the configured server) resolves a bare note id and tells which leading path
 * segments belong to a HedgeDoc mounted under a sub-path; otherwise the server is the URL's origin.
 * @example parseNoteUrl('https://input.scs.community/p/abc123').id // 'abc123'
 * @example parseNoteUrl('Xy-z_0', 'https://hd.example').server // 'https://hd.example'
 */
export function parseNoteUrl(input: string, server?: string): NoteRef {
  const text = input.trim();
  if (!text) throw new NoteUrlError('No note URL given.');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    if (!server) throw new NoteUrlError(`"${text}" is not a URL; give the note's full address (https://…/<id>).`);
    if (!/^[^/?#\s]+$/.test(text)) throw new NoteUrlError(`"${text}" is neither a URL nor a note id.`);
    return { server: normalizeServerUrl(server), id: decode(text), view: 'note' };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new NoteUrlError(`"${text}" is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new NoteUrlError(`${url.protocol} URLs are not HedgeDoc notes; use https://…`);
  if (url.username || url.password) throw new NoteUrlError('Note URLs must not contain a user name or password.');
  let base = url.origin;
  let path = url.pathname;
  const configured = server ? normalizeServerUrl(server) : undefined;
  if (configured && configured !== url.origin && (url.origin + path).startsWith(configured + '/')) {
    base = configured;
    path = (url.origin + path).slice(configured.length);
  }
  const segments = path.split('/').filter((s, i) => i > 0 && s !== '');
  let view: NoteView = 'note';
  let id: string | undefined;
  if ((segments[0] === 's' || segments[0] === 'p') && segments.length >= 2) {
    view = segments[0] === 's' ? 'published' : 'slides';
    id = segments[1];
  } else if (segments.length >= 1 && !RESERVED.has(segments[0]) && (segments.length === 1 || ACTIONS.has(segments[1]))) {
    id = segments[0];
  }
  if (id === undefined) throw new NoteUrlError(`${text} does not name a HedgeDoc note (expected ${base}/<id>, /s/<id> or /p/<id>).`);
  return { server: base, id: decode(id), view };
}

/**
 * A server URL as the client keeps it: `http(s)://host[:port][/path]`, no trailing slash, no query.
 * @example normalizeServerUrl('https://input.scs.community/') // 'https://input.scs.community'
 */
export function normalizeServerUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new NoteUrlError(`"${input}" is not a valid server URL (e.g. https://input.scs.community).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new NoteUrlError(`The server URL must start with https:// (got ${url.protocol}).`);
  if (url.username || url.password) throw new NoteUrlError('The server URL must not contain a user name or password.');
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** URLs of a note's views on its server. */
export function noteUrls(server: string, id: string): { note: string; slides: string; download: string } {
  const enc = encodeURIComponent(id);
  return { note: `${server}/${enc}`, slides: `${server}/p/${enc}`, download: `${server}/${enc}/download` };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
