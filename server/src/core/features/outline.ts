import type { Deck } from '../deck/model';

export interface OutlineEntry {
  readonly h: number;
  readonly v: number;
  /** 1-based line of the separator opening the slide; for the first slide, the line after the front matter (or 1). */
  readonly line: number;
  readonly title: string | null;
}

/**
 * The slide structure as the CLI's `outline --json` prints it.
 * @example outline(parseDeck('# A\n\n---\n\n# B')) // [{h:0,v:0,line:1,title:'A'},{h:1,v:0,line:3,title:'B'}]
 */
export function outline(deck: Deck): OutlineEntry[] {
  return deck.slides.map((s) => ({
    h: s.h,
    v: s.v,
    line: s.separator ? s.separator.line + 1 : firstLine(deck),
    title: s.info.title ?? null,
  }));
}

function firstLine(deck: Deck): number {
  if (!deck.frontMatter?.recognised) return 1;
  return deck.lines.lineAt(deck.frontMatter.end) + 2;
}
