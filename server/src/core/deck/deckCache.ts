import type { Deck } from './model';
import { parseDeck } from './parseDeck';

/**
 * Parses each document once per version; a new version reuses the per-slide analysis of the last one,
 * so the cost of a re-parse follows the edit, not the deck.
 */
export class DeckCache {
  private readonly entries = new Map<string, { version: number; deck: Deck }>();

  get(uri: string, version: number, text: () => string): Deck {
    const hit = this.entries.get(uri);
    if (hit && hit.version === version) return hit.deck;
    const deck = parseDeck(text(), hit?.deck);
    this.entries.set(uri, { version, deck });
    return deck;
  }

  /** Documents held. */
  get size(): number {
    return this.entries.size;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
