import { parseDeck, type Deck } from '../../../server/src/core';

/** Splits fixture text at the `|` cursor marker: the deck without the marker and the cursor's offset. */
export function atCursor(marked: string): { deck: Deck; offset: number } {
  const offset = marked.indexOf('|');
  if (offset === -1) throw new Error('fixture has no | cursor marker');
  return { deck: parseDeck(marked.slice(0, offset) + marked.slice(offset + 1)), offset };
}
