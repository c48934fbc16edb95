import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { collectHandles } from '../core/features/handles';
import { BUILTIN_TEMPLATE } from '../core/data/template';
import { deriveTemplate, type TemplateStructure } from '../core/features/templateStructure';
import { findTemplate, type FoundTemplate, templateCandidates, type TemplatePlace } from '../host/templateFile';
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
    const place = await this.templatePlace(uri);
    return cached(this.templateCache, templateCandidates(place).join('|'), async () => {
      const found = await findTemplate(place);
      return found.file ? deriveTemplate(found.text) : deriveTemplate();
    });
  }

  /** The template text a new deck in `dirUri` starts from (the built-in one in an untrusted workspace). */
  async templateText(dirUri: string): Promise<FoundTemplate> {
    if (!this.trusted) return { text: BUILTIN_TEMPLATE };
    return findTemplate(await this.templatePlace(dirUri, true));
  }

  private async templatePlace(uri: string, isFolder = false): Promise<TemplatePlace> {
    const path = fsPath(uri);
    const settings = await this.ctx.settings.get(uri);
    const deckDir = path && (isFolder ? path : dirname(path));
    return {
      deckDir,
      workspaceFolder: deckDir && (await this.folderOfPath(join(deckDir, 'deck.md'))),
      configured: (settings.template as { path?: string } | undefined)?.path,
    };
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
    return path ? this.folderOfPath(path) : undefined;
  }

  /** The workspace folder holding a file, else the folder above its `community-call/` folder. */
  private async folderOfPath(path: string): Promise<string | undefined> {
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
