import { isAllowedTag } from '../render/sanitizer';
import { isAccidentalTag } from '../text/accidentalTag';
import { scanXssTags, type XssTag } from '../text/xssTagScan';
import type { Deck } from '../deck/model';
import type { DeckRule, Fix } from './types';

/**
 * `a<b …` where `b` is a tag HedgeDoc allows: its sanitiser, run over the raw markdown of the whole deck,
 * takes everything up to the next `>` for that tag's attributes and drops it, possibly slides later or up to
 * the end of the deck. A deck rule, because the swallowed text crosses slides.
 */
export const swallowedText: DeckRule = {
  name: 'swallowed-text',
  description: 'A "<" followed by an allowed tag name swallows the text up to the next ">".',
  defaultSeverity: 'error',
  scope: 'deck',
  check(ctx) {
    const { deck } = ctx;
    for (const tag of scanXssTags(deck.text, deck.bodyStart)) {
      if (!isAllowedTag(tag.name) || !isAccidentalTag(deck.text, tag.start, tag.end, tag.unterminated)) continue;
      const nameEnd = tag.start + 1 + deck.text.slice(tag.start + 1).search(/[\s>]|$/);
      ctx.report({
        start: tag.start,
        end: Math.min(nameEnd, tag.end),
        message: `HedgeDoc reads "${deck.text.slice(tag.start, Math.min(nameEnd, tag.start + 20))}" as a <${tag.name}> tag and drops ${howFar(deck, tag)}. Put a space after "<" if it is not meant as HTML.`,
        fixes: [spaceFix(deck, tag)],
      });
    }
  },
};

/** The space after "<"; when the tag swallowed slide breaks, giving them back adds slides, so it is structural. */
function spaceFix(deck: Deck, tag: XssTag): Fix {
  const edits = [{ start: tag.start + 1, end: tag.start + 1, newText: ' ' }];
  const breaks = tag.unterminated ? 1 : deck.swallowedSeparators.filter((at) => at > tag.start && at < tag.end).length;
  if (breaks === 0 || !deck.swallowedSeparators.some((at) => at > tag.start)) return { title: 'Put a space after "<"', edits, preferred: true };
  return { title: 'Put a space after "<": the swallowed slide breaks split again and the slides after them move on', edits, preferred: true, structural: true };
}

function howFar(deck: Deck, tag: XssTag): string {
  const from = deck.slideAt(tag.start);
  if (tag.unterminated) return `everything after it: no ">" follows, so the rest of the deck from slide ${from.label} on is lost`;
  const line = deck.lines.lineAt(tag.end - 1) + 1;
  // The parser, like HedgeDoc, no longer splits at a separator inside the tag.
  const breaks = deck.swallowedSeparators.filter((at) => at > tag.start && at < tag.end).map((at) => deck.lines.lineAt(at) + 1);
  const merged = breaks.length === 0 ? ''
    : breaks.length === 1 ? `, and with them the slide break on line ${breaks[0]}: the slides around it show as one`
    : `, and with them the slide breaks on lines ${breaks.join(', ')}: the slides around them show as one`;
  return `the ${tag.end - tag.start} characters up to the next ">" (line ${line})${merged}`;
}
