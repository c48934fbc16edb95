import type { Deck, Slide } from '../deck/model';
import type { DeckRule, Edit } from './types';

const VISIBLE = /\S/;

/**
 * A slide with nothing but whitespace: two separators in a row, a separator right after the front matter,
 * or a separator at the end of the file. The audience sees a blank slide. The fix removes one separator.
 */
export const emptySlide: DeckRule = {
  name: 'empty-slide',
  description: 'An empty slide: two separators in a row, or a separator at the end of the file.',
  defaultSeverity: 'warning',
  scope: 'deck',
  check(ctx) {
    const { deck } = ctx;
    if (deck.slides.length < 2) return;
    for (const slide of deck.slides) {
      if (VISIBLE.test(slide.content)) continue;
      const last = slide.index === deck.slides.length - 1;
      const sep = slide.separator ?? deck.slides[1].separator!;
      const what = last ? 'The separator at the end of the file adds an empty last slide.' : slide.index === 0 ? `The first slide is empty: ${deck.frontMatter?.recognised ? 'a separator follows the front matter directly' : 'only blank lines come before the first separator'}.` : 'Two separators in a row make an empty slide.';
      ctx.report({
        start: sep.start,
        end: sep.end,
        message: `${what} The audience sees a blank slide ${slide.label}.`,
        // Dropping the last slide renumbers nothing; any other blank slide takes its number with it.
        fixes: [last
          ? { title: 'Remove the empty last slide', edits: [removal(deck, slide)], preferred: true }
          : { title: `Remove the empty slide ${slide.label}; the slides after it move up by one`, edits: [removal(deck, slide)], preferred: true, structural: true }],
      });
    }
  },
};

/** Removes the separator that opens the slide (or, for the first slide, the one that closes it) with the blank text. */
function removal(deck: Deck, slide: Slide): Edit {
  if (slide.index === 0) return { start: slide.contentStart, end: deck.slides[1].contentStart, newText: '' };
  return { start: slide.start, end: slide.contentEnd, newText: '' };
}
