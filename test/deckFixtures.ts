import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodePage } from '../server/src/core/text/codePages';

/**
 * The community-call decks that unit and browser tests lint, render and repair, all inside the repository:
 * the SCS template (verbatim, see fixtures/decks/README.md) and two invented decks of the same shape whose
 * non-ASCII text is garbled the way real decks were. `scripts/garble-deck-fixtures.ts` writes the garbled
 * files from their `.original.md`.
 */
export const DECKS = join(__dirname, 'fixtures/decks');

export interface GarbledDeck {
  /** The garbled deck, as committed. */
  readonly file: string;
  /** The same deck before garbling: what a repair must give back. */
  readonly original: string;
  readonly codePage: CodePage;
  /** Where the deck would live in the minutes repository (the title date agrees with it). */
  readonly path: string;
}

export const TEMPLATE = 'scs-template.md';
/** Shaped like a call whose UTF-8 was read as Windows-1252: one `---` topic slide, an upload image. */
export const WINDOWS_1252: GarbledDeck = {
  file: 'call-windows-1252.md',
  original: 'call-windows-1252.original.md',
  codePage: 'windows-1252',
  path: 'community-call/20250313.md',
};
/** Shaped like a call whose UTF-8 was read as Mac Roman: "Rebort by", a section without reporter, a background upload. */
export const MAC_ROMAN: GarbledDeck = {
  file: 'call-mac-roman.md',
  original: 'call-mac-roman.original.md',
  codePage: 'macintosh',
  path: 'community-call/20250605.md',
};
export const GARBLED: readonly GarbledDeck[] = [WINDOWS_1252, MAC_ROMAN];
/** The template and both garbled decks, as the real decks were used before. */
export const ALL_DECKS: readonly string[] = [TEMPLATE, WINDOWS_1252.file, MAC_ROMAN.file];

export function deckPath(name: string): string {
  return join(DECKS, name);
}

export function deckFixture(name: string): string {
  return readFileSync(deckPath(name), 'utf8');
}
