/**
 * The HedgeDoc uploads a note references (`<server>/uploads/<name>`), wherever they appear: Markdown images,
 * `<img src>`, background images in `.slide:` comments, links. Pure.
 */
import { isOnServer } from './addressPolicy';

export interface UploadRefs {
  /** Upload file names on the note's own server, in order of first use, each once. */
  readonly onServer: string[];
  /** Upload URLs on other servers: never fetched, only reported. */
  readonly elsewhere: string[];
}

const UPLOAD_URL = /https?:\/\/[^\s"'()<>[\]]+?\/uploads\/[^\s"'()<>[\]?#]+/gi;

/**
 * @example findUploads('![](https://hd.example/uploads/a.png)', 'https://hd.example').onServer // ['a.png']
 */
export function findUploads(markdown: string, server: string): UploadRefs {
  const onServer = new Set<string>();
  const elsewhere = new Set<string>();
  const base = server.replace(/\/+$/, '');
  for (const m of markdown.matchAll(UPLOAD_URL)) {
    const url = m[0].replace(/[.,;:!]+$/, '');
    const prefix = base + '/uploads/';
    const name = isOnServer(url, server) && url.startsWith(prefix) ? safeName(url.slice(prefix.length)) : undefined;
    if (name) onServer.add(name);
    else elsewhere.add(url);
  }
  return { onServer: [...onServer], elsewhere: [...elsewhere] };
}

/** A plain file name (no folders, no dot files), decoded; otherwise undefined. */
export function safeName(raw: string): string | undefined {
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  return /^[^/\\\0]+$/.test(name) && !name.startsWith('.') ? name : undefined;
}
