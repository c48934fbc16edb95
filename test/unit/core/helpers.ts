import { parseDeck, type Deck } from '../../../server/src/core';

export { syntheticDeck } from '../../syntheticDeck';

/** Slide contents, as HedgeDoc's `slidify` would hand them to markdown-it. */
export function chunks(text: string): string[] {
  return parseDeck(text).slides.map((s) => s.content);
}

/** `h.v` pairs of every slide, in document order. */
export function places(deck: Deck): string[] {
  return deck.slides.map((s) => `${s.h}/${s.v}`);
}

