import type { Deck, Slide } from '../deck/model';
import type { DeckRule, Edit } from './types';

/**
 * An HTML comment that is still open at a slide separator (`<!--` … `---` … `-->`), typically slides
 * "commented out". HedgeDoc splits inside the comment: the slide after the separator shows the rest of the
 * comment as text. The fix closes the comment before the separator and reopens it after.
 */
export const commentSpansSeparator: DeckRule = {
  name: 'comment-spans-separator',
  description: 'An HTML comment spans a slide separator, so its second half leaks onto a slide.',
  defaultSeverity: 'error',
  scope: 'deck',
  check(ctx) {
    const { deck } = ctx;
    for (let i = 0; i + 1 < deck.slides.length; i++) {
      const open = unclosedComment(deck, deck.slides[i]);
      if (open === undefined) continue;
      const last = leakEnd(deck, i);
      const lines = deck.slides.slice(i + 1, last + 1).map((s) => (s.separator?.line ?? 0) + 1);
      ctx.report({
        start: open,
        end: open + 4,
        message: `This comment is still open at the slide separator${lines.length > 1 ? 's' : ''} on line ${lines.join(', ')}: HedgeDoc splits inside it, so the rest of the comment shows on the next slide${lines.length > 1 ? 's' : ''}.`,
        fixes: [{ title: 'Close the comment before each separator and reopen it after', edits: closeAndReopen(deck, i, last), preferred: true }],
      });
      i = last - 1;
    }
  },
};

/** Index of the last slide the open comment leaks into: the first one that closes it (or opens its own). */
function leakEnd(deck: Deck, from: number): number {
  let j = from + 1;
  while (j + 1 < deck.slides.length) {
    const content = deck.slides[j].content;
    if (content.includes('-->') || content.includes('<!--')) break;
    j++;
  }
  return j;
}

/** Offset of a `<!--` with no `-->` after it in the slide, outside code fences. */
function unclosedComment(deck: Deck, slide: Slide): number | undefined {
  const content = slide.content;
  const open = content.lastIndexOf('<!--');
  if (open === -1 || content.indexOf('-->', open + 4) !== -1) return undefined;
  const at = slide.contentStart + open;
  return deck.fences.some((f) => f.start <= at && at < f.end) ? undefined : at;
}

/** `-->` at the end of every slide from `first` to `last - 1`, `<!--` at the start of each following one. */
function closeAndReopen(deck: Deck, first: number, last: number): Edit[] {
  const inserts = new Map<number, string>();
  const add = (at: number, text: string) => inserts.set(at, (inserts.get(at) ?? '') + text);
  for (let j = first; j < last; j++) {
    const slide = deck.slides[j];
    const next = deck.slides[j + 1];
    const end = slide.contentEnd;
    add(end, deck.text[end - 1] === '\n' || end === slide.contentStart ? '-->\n' : '\n-->\n');
    add(next.content.startsWith('\n') ? next.contentStart + 1 : next.contentStart, '<!--\n');
  }
  return [...inserts].map(([at, newText]) => ({ start: at, end: at, newText }));
}
