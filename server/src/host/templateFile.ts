import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { BUILTIN_TEMPLATE } from '../core/data/template';

/** A template is a deck: anything larger is not one, and is not read. */
const MAX_TEMPLATE_BYTES = 1 << 20;

/** Where a deck lives, for finding its template. */
export interface TemplatePlace {
  /** The folder the deck is (or will be) in. */
  readonly deckDir?: string;
  /** The workspace folder (the CLI: the working directory). */
  readonly workspaceFolder?: string;
  /** `scsDeck.template.path`: relative to the workspace folder, or absolute. */
  readonly configured?: string;
}

/**
 * The one rule for which template a deck uses, for the language server's snippets, the New Deck command and
 * `scs-deck new`. First readable file wins: the configured path, `template.md` beside the deck, the workspace's
 * `community-call/template.md`; else the built-in template.
 */
export function templateCandidates(place: TemplatePlace): string[] {
  const out: string[] = [];
  const base = place.workspaceFolder ?? place.deckDir;
  if (place.configured) out.push(isAbsolute(place.configured) || !base ? place.configured : join(base, place.configured));
  if (place.deckDir) out.push(join(place.deckDir, 'template.md'));
  if (place.workspaceFolder) out.push(join(place.workspaceFolder, 'community-call', 'template.md'));
  return [...new Set(out)];
}

export interface FoundTemplate {
  readonly text: string;
  /** The file it came from; none for the built-in template. */
  readonly file?: string;
  /** The configured template could not be read (the next candidate was used). */
  readonly configuredUnreadable?: string;
}

/** Reads the candidates in order and stops at the first readable one. */
export async function findTemplate(place: TemplatePlace): Promise<FoundTemplate> {
  const files = templateCandidates(place);
  for (let i = 0; i < files.length; i++) {
    const text = await readSmall(files[i]);
    if (text !== undefined) return found(place, i, text, files[i]);
  }
  return found(place, files.length);
}

/** For the CLI, which works synchronously. */
export function findTemplateSync(place: TemplatePlace): FoundTemplate {
  const files = templateCandidates(place);
  for (let i = 0; i < files.length; i++) {
    const text = readSmallSync(files[i]);
    if (text !== undefined) return found(place, i, text, files[i]);
  }
  return found(place, files.length);
}

/** The template read from candidate `at` (none: the built-in one); the configured path is candidate 0. */
function found(place: TemplatePlace, at: number, text = BUILTIN_TEMPLATE, file?: string): FoundTemplate {
  return { text, file, configuredUnreadable: place.configured && at > 0 ? place.configured : undefined };
}

async function readSmall(file: string): Promise<string | undefined> {
  try {
    const s = await stat(file);
    return s.isFile() && s.size <= MAX_TEMPLATE_BYTES ? await readFile(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

function readSmallSync(file: string): string | undefined {
  try {
    const s = statSync(file);
    return s.isFile() && s.size <= MAX_TEMPLATE_BYTES ? readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}
