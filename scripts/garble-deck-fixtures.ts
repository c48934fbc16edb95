// Writes the garbled deck fixtures from their .original.md: UTF-8 bytes read in a single-byte code page.
// The output is committed; run again after editing an original: node --import tsx scripts/garble-deck-fixtures.ts
import { writeFileSync } from 'node:fs';
import { deckFixture, deckPath, GARBLED } from '../test/deckFixtures';
import { garble } from '../test/unit/text/codePageDecoders';

for (const deck of GARBLED) {
  writeFileSync(deckPath(deck.file), garble(deckFixture(deck.original), deck.codePage));
  console.log(`${deck.file}: ${deck.codePage}`);
}
