import type { SlideSummary } from '../../protocol';
import type { Deck } from '../deck/model';

/**
 * The slide list the client shows in its status bar, quick pick and preview sync.
 * @example slideSummaries(parseDeck('# A\n\n---\n\n# B'))[1] // { label: '2', title: 'B', line: 2, ... }
 */
export function slideSummaries(deck: Deck): SlideSummary[] {
  return deck.slides.map((s) => {
    const contentLine = deck.lines.lineAt(Math.min(s.contentStart + leadingBlank(s.content), deck.text.length));
    return {
      index: s.index,
      h: s.h,
      v: s.v,
      label: s.label,
      title: s.info.title ?? null,
      line: s.separator ? s.separator.line : deck.lines.lineAt(s.contentStart),
      startLine: deck.lines.lineAt(s.separator ? s.separator.start : s.start),
      endLine: deck.lines.lineAt(Math.max(s.start, s.end - 1)),
      contentLine,
      hash: s.hash,
    };
  });
}

function leadingBlank(content: string): number {
  const m = /^\s*/.exec(content);
  return m ? m[0].lastIndexOf('\n') + 1 : 0;
}
