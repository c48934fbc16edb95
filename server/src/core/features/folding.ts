import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { Deck } from '../deck/model';

/**
 * One folding range per slide, from its separator line (or first line) to its last non-blank line, plus the front
 * matter and every code fence or HTML block of more than one line, as markdown-it reads the slide.
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
    const blocks = slide.info.structure.blocks;
    if (blocks.length === 0) continue;
    const base = deck.lines.lineAt(slide.contentStart);
    for (const b of blocks) {
      const end = deck.lines.lineAt(lastContent(deck.text, slide.contentStart + b.start, slide.contentStart + b.end));
      if (b.kind !== 'code' && end > base + b.startLine) out.push(FoldingRange.create(base + b.startLine, end));
    }
  }
  return out;
}

function lastContentLine(deck: Deck, start: number, end: number): number {
  return deck.lines.lineAt(lastContent(deck.text, start, end));
}

/** The end of the text's last non-blank character in [start, end). */
function lastContent(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}
