import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { collectHandles } from '../core/features/handles';
import { deriveTemplate, type TemplateStructure } from '../core/features/templateStructure';
import type { ServerContext } from './context';
import { fsPath } from '../host/uriPath';

/** Scanning is bounded so that a huge workspace cannot stall completion. */
const MAX_DEPTH = 5;
const MAX_DIRS = 2000;
const MAX_DECKS = 300;
const MAX_BYTES = 1 << 20;
/** Files changed on disk clear the caches at once (watched); the time limit covers clients that cannot watch. */
const TTL_MS = 60_000;
const SKIP = new Set(['node_modules', '.git', 'dist', 'out', '.cache']);

interface Cached<T> {
  readonly at: number;
  readonly value: Promise<T>;
}

/**
 * What completion needs from the workspace: the `@handle`s used in its community-call decks, and the
 * template structure (`scsDeck.template.path`, else `community-call/template.md`). Both cached per folder.
 */
export class WorkspaceDecks {
  private readonly handleCache = new Map<string, Cached<string[]>>();
  private readonly templateCache = new Map<string, Cached<TemplateStructure>>();
  private readonly folderCache = new Map<string, Cached<string[]>>();

  /** Set from the client's `scsDeck/workspaceTrust`: an untrusted workspace's template is not read. */
  trusted = true;

  constructor(private readonly ctx: ServerContext) {}

  async handles(uri: string): Promise<string[]> {
    const folder = await this.folderOf(uri);
    if (!folder) return [];
    return cached(this.handleCache, folder, () => scanHandles(folder));
  }

  async template(uri: string): Promise<TemplateStructure> {
    if (!this.trusted) return deriveTemplate();
    const folder = await this.folderOf(uri);
    const settings = await this.ctx.settings.get(uri);
    const configured = (settings.template as { path?: string } | undefined)?.path;
    const candidates = templateCandidates(uri, folder, configured);
    return cached(this.templateCache, candidates.join('|'), () => loadTemplate(candidates));
  }

  /** Drop everything (configuration changed, or files changed on disk). */
  clear(): void {
    this.handleCache.clear();
    this.templateCache.clear();
    this.folderCache.clear();
  }

  /** Asked of the client once a minute, not on every keystroke. */
  private async workspaceFolders(): Promise<string[]> {
    const folders = await this.ctx.connection.workspace.getWorkspaceFolders().catch(() => null);
    return (folders ?? []).map((f) => fsPath(f.uri)).filter((f): f is string => !!f);
  }

  private async folderOf(uri: string): Promise<string | undefined> {
    const path = fsPath(uri);
    if (!path) return undefined;
    const folders = await cached(this.folderCache, '', () => this.workspaceFolders());
    const hit = folders.filter((f) => (path + '/').startsWith(f.replace(/\/?$/, '/'))).sort((a, b) => b.length - a.length)[0];
    // No workspace: the decks beside this one.
    return hit ?? (basename(dirname(path)) === 'community-call' ? dirname(dirname(path)) : undefined);
  }
}

function cached<T>(map: Map<string, Cached<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const hit = map.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = load();
  map.set(key, { at: Date.now(), value });
  return value;
}

function templateCandidates(uri: string, folder: string | undefined, configured: string | undefined): string[] {
  const out: string[] = [];
  if (configured) out.push(isAbsolute(configured) ? configured : join(folder ?? dirname(fsPath(uri) ?? '.'), configured));
  const path = fsPath(uri);
  if (path && basename(dirname(path)) === 'community-call') out.push(join(dirname(path), 'template.md'));
  if (folder) out.push(join(folder, 'community-call', 'template.md'));
  return [...new Set(out)];
}

async function loadTemplate(candidates: string[]): Promise<TemplateStructure> {
  for (const file of candidates) {
    const text = await readSmall(file);
    if (text !== undefined) return deriveTemplate(text);
  }
  return deriveTemplate();
}

async function readSmall(file: string): Promise<string | undefined> {
  try {
    if ((await stat(file)).size > MAX_BYTES) return undefined;
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Reads `**\/community-call/*.md` below the folder (bounded) and counts the handles in them. */
async function scanHandles(folder: string): Promise<string[]> {
  const decks: string[] = [];
  let dirs = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || ++dirs > MAX_DIRS || decks.length >= MAX_DECKS) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (e.isDirectory() && !SKIP.has(e.name) && !e.name.startsWith('.')) await walk(join(dir, e.name), depth + 1);
      else if (e.isFile() && e.name.endsWith('.md') && basename(dir) === 'community-call' && decks.length < MAX_DECKS) decks.push(join(dir, e.name));
    }
  };
  await walk(folder, 0);
  const texts = await Promise.all(decks.map(readSmall));
  return collectHandles(texts.filter((t): t is string => t !== undefined));
}
