import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { Deck } from '../deck/model';

/**
 * One folding range per slide, from its separator line (or first line) to its last non-blank line, plus the front matter.
 * @example foldingRanges(parseDeck('# A\nx\n\n---\n\n# B\ny')) // [{startLine: 0, endLine: 1}, {startLine: 3, endLine: 6}]
 */
export function foldingRanges(deck: Deck): FoldingRange[] {
  const out: FoldingRange[] = [];
  const fm = deck.frontMatter;
  if (fm?.recognised) {
    const end = deck.lines.lineAt(fm.end);
    if (end > 0) out.push(FoldingRange.create(deck.lines.lineAt(fm.start), end, undefined, undefined, FoldingRangeKind.Region));
  }
  for (const slide of deck.slides) {
    // The first slide's chunk starts on the front matter's closing line, right after its `---`.
    const first = slide.separator ? slide.separator.line : deck.lines.lineAt(slide.contentStart) + (slide.contentStart > 0 ? 1 : 0);
    const last = lastContentLine(deck, slide.contentStart, slide.contentEnd);
    if (last > first) out.push(FoldingRange.create(first, last));
  }
  return out;
}

function lastContentLine(deck: Deck, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(deck.text[e - 1])) e--;
  return deck.lines.lineAt(e);
}
