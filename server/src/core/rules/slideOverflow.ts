import type { Deck, Slide } from '../deck/model';
import { overflowMessage, overflowOf } from '../layout/slideMeasure';
import type { DeckRule } from './types';

/**
 * A slide whose content is taller than the slide as HedgeDoc lays it out, so its bottom is cut off. Needs a
 * browser's measurements (`measures` in the environment: the preview's reports in the editor, `lint --layout` in
 * CI); without them the rule is silent. A deck rule, since a measurement belongs to one version of the deck.
 */
export const slideOverflow: DeckRule = {
  name: 'slide-overflow',
  description: 'A slide whose content is taller than the slide HedgeDoc shows, so the audience does not see its bottom.',
  defaultSeverity: 'warning',
  scope: 'deck',
  check(ctx) {
    const measures = ctx.measures;
    if (!measures) return;
    for (const slide of ctx.deck.slides) {
      const m = measures(slide);
      const overflow = m && overflowOf(m);
      if (!m || !overflow) continue;
      const { start, end } = slideLine(ctx.deck, slide);
      ctx.report({ start, end, message: overflowMessage(slide.label, overflow, m.slideHeight) });
    }
  },
};

/** Where a slide's finding goes: its separator, else its first line with text (the first slide). */
export function slideLine(deck: Deck, slide: Slide): { start: number; end: number } {
  if (slide.separator) return { start: slide.separator.start, end: slide.separator.end };
  const text = slide.content;
  const lead = /^\s*/.exec(text)![0].length;
  const start = slide.contentStart + (lead === text.length ? 0 : text.lastIndexOf('\n', lead) + 1);
  const nl = deck.text.indexOf('\n', start);
  return { start, end: nl === -1 || nl > slide.contentEnd ? slide.contentEnd : nl };
}
