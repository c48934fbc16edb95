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
      const slide = deck.slides[i];
      const open = unclosedComment(deck, slide);
      if (open === undefined) continue;
      const next = deck.slides[i + 1];
      const line = (next.separator?.line ?? 0) + 1;
      ctx.report({
        start: open,
        end: open + 4,
        message: `This comment is still open at the slide separator on line ${line}: HedgeDoc splits inside it, so the rest of the comment shows on the next slide.`,
        fixes: [{ title: 'Close the comment before the separator and reopen it after', edits: closeAndReopen(deck, slide, next), preferred: true }],
      });
    }
  },
};

/** Offset of a `<!--` with no `-->` after it in the slide, outside code fences. */
function unclosedComment(deck: Deck, slide: Slide): number | undefined {
  const content = slide.content;
  const open = content.lastIndexOf('<!--');
  // `<!-->` and `<!--->` are complete (abruptly closed) comments in HTML: look for `-->` from the second dash.
  if (open === -1 || content.indexOf('-->', open + 2) !== -1) return undefined;
  const at = slide.contentStart + open;
  return deck.fences.some((f) => f.start <= at && at < f.end) ? undefined : at;
}

function closeAndReopen(deck: Deck, slide: Slide, next: Slide): Edit[] {
  const end = slide.contentEnd;
  const close = deck.text[end - 1] === '\n' || end === slide.contentStart ? '-->\n' : '\n-->\n';
  const reopenAt = next.content.startsWith('\n') ? next.contentStart + 1 : next.contentStart;
  return [
    { start: end, end, newText: close },
    { start: reopenAt, end: reopenAt, newText: '<!--\n' },
  ];
}
