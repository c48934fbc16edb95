import type { Deck } from '../deck/model';
import type { DeckRule, DeckRuleContext, Edit } from './types';

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
    // One pass over the text, comment by comment as HTML reads them (a `<!--` inside a comment is text).
    const last = deck.slides.length - 1;
    for (let open = deck.text.indexOf('<!--', deck.bodyStart); open !== -1;) {
      if (inFence(deck, open)) {
        open = deck.text.indexOf('<!--', open + 4);
        continue;
      }
      const close = deck.text.indexOf('-->', open + 4);
      const slide = deck.slideAt(open);
      if (slide.index < last && (close === -1 || close >= slide.contentEnd)) {
        const end = leakEnd(deck, slide.index);
        report(ctx, open, slide.index, end);
        open = deck.text.indexOf('<!--', deck.slides[end].contentStart);
        continue;
      }
      open = close === -1 ? -1 : deck.text.indexOf('<!--', close + 3);
    }
  },
};

function report(ctx: DeckRuleContext, open: number, first: number, last: number): void {
  const { deck } = ctx;
  const lines = deck.slides.slice(first + 1, last + 1).map((s) => (s.separator?.line ?? 0) + 1);
  const many = lines.length > 1;
  ctx.report({
    start: open,
    end: open + 4,
    message: `This comment is still open at the slide separator${many ? 's' : ''} on line ${lines.join(', ')}: HedgeDoc splits inside it, so the rest of the comment shows on the next slide${many ? 's' : ''}.`,
    fixes: [{ title: 'Close the comment before each separator and reopen it after', edits: closeAndReopen(deck, first, last), preferred: true }],
  });
}

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

function inFence(deck: Deck, at: number): boolean {
  return deck.fences.some((f) => f.start <= at && at < f.end);
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
