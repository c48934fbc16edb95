import type { SlideQuery, SlideSummary } from '../../protocol';
import type { Deck, Slide } from '../deck/model';

/**
 * The slide list the client shows in its status bar, quick pick and preview sync.
 * @example slideSummaries(parseDeck('# A\n\n---\n\n# B'))[1] // { label: '2', title: 'B', line: 2, ... }
 */
export function slideSummaries(deck: Deck): SlideSummary[] {
  return deck.slides.map((s) => summary(deck, s));
}

/**
 * The summaries a query asks for: the slides meeting `lines`, the one at `position`, else all. Found by
 * binary search, so a keystroke's query in a 10,000-slide deck costs what it returns.
 * @example slidesFor(deck, { lines: { start: 40, end: 40 } }) // [the slide holding line 40]
 */
export function slidesFor(deck: Deck, query: SlideQuery): SlideSummary[] {
  if (query.position) {
    const slide = deck.columns[query.position.h]?.[query.position.v];
    return slide ? [summary(deck, slide)] : [];
  }
  if (!query.lines) return slideSummaries(deck);
  const { start, end } = query.lines;
  // The last slide starting at or before `start` holds it (the first slide holds what comes before).
  let lo = 0;
  let hi = deck.slides.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (startLine(deck, deck.slides[mid]) <= start) lo = mid;
    else hi = mid - 1;
  }
  const found: SlideSummary[] = [];
  for (let i = lo; i < deck.slides.length && (i === lo || startLine(deck, deck.slides[i]) <= end); i++) found.push(summary(deck, deck.slides[i]));
  return found;
}

function startLine(deck: Deck, s: Slide): number {
  return deck.lines.lineAt(s.separator ? s.separator.start : s.start);
}

function summary(deck: Deck, s: Slide): SlideSummary {
  const contentLine = deck.lines.lineAt(Math.min(s.contentStart + leadingBlank(s.content), deck.text.length));
  return {
    index: s.index,
    h: s.h,
    v: s.v,
    label: s.label,
    title: s.info.title ?? null,
    line: s.separator ? s.separator.line : deck.lines.lineAt(s.contentStart),
    startLine: startLine(deck, s),
    endLine: deck.lines.lineAt(Math.max(s.start, s.end - 1)),
    contentLine,
    hash: s.hash,
  };
}

function leadingBlank(content: string): number {
  const m = /^\s*/.exec(content);
  return m ? m[0].lastIndexOf('\n') + 1 : 0;
}
