import { minimatch } from 'minimatch';

export interface DeckDetection {
  /** Globs of deck paths (default `**\/community-call/*.md`). */
  readonly include: readonly string[];
  readonly exclude: readonly string[];
}

export const DEFAULT_DETECTION: DeckDetection = { include: ['**/community-call/*.md'], exclude: ['**/node_modules/**'] };

const TYPE_SLIDE = /^type[ \t]*:[ \t]*["']?slide["']?[ \t]*(?:#.*)?$/m;
const CLOSE = /\n(?:-{3}|\.{3})/;

/**
 * Whether a Markdown document is a deck: its front matter says `type: slide` (even when HedgeDoc would not
 * recognise that front matter: text before it, or a YAML error), or its path matches the include globs.
 * @example isDeck('\n---\ntype: slide\n---\n', '/notes/a.md') // true: the blank line is what the linter must report
 */
export function isDeck(text: string, path: string | undefined, detection: DeckDetection = DEFAULT_DETECTION): boolean {
  if (saysTypeSlide(text)) return true;
  if (!path) return false;
  const p = path.replace(/\\/g, '/');
  const opts = { dot: true, nocase: true };
  return detection.include.some((g) => minimatch(p, g, opts)) && !detection.exclude.some((g) => minimatch(p, g, opts));
}

function saysTypeSlide(text: string): boolean {
  const head = text.slice(0, 8192).replace(/^\uFEFF?\s*/, '');
  if (!head.startsWith('---')) return false;
  const close = CLOSE.exec(head.slice(3));
  return TYPE_SLIDE.test(close ? head.slice(3, close.index + 3) : head);
}
