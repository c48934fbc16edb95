import type { Report } from './types';

/**
 * Slide-rule results per slide text, for one document. A re-lint after an edit finds every unchanged slide
 * here and runs the slide rules for the edited slide only. Results are kept per rule, so switching a rule
 * on later runs just that rule. Entries not used by the last lint are dropped, so memory follows the deck.
 */
export class LintCache {
  private entries = new Map<string, Map<string, readonly Report[]>>();
  private used = new Map<string, Map<string, readonly Report[]>>();
  private key = '';

  /** Starts a lint. A different `key` (environment generation, community-call flag) empties the cache. */
  begin(key: string): void {
    if (key !== this.key) {
      this.entries.clear();
      this.key = key;
    }
    this.used = new Map();
  }

  /** The cached reports of one rule for this slide text, if any. */
  get(content: string, rule: string): readonly Report[] | undefined {
    const forSlide = this.entries.get(content);
    if (forSlide) this.used.set(content, forSlide);
    return forSlide?.get(rule);
  }

  set(content: string, rule: string, reports: readonly Report[]): void {
    let forSlide = this.entries.get(content);
    if (!forSlide) this.entries.set(content, (forSlide = new Map()));
    this.used.set(content, forSlide);
    forSlide.set(rule, reports);
  }

  /** Ends a lint: forgets slide texts that no longer occur. */
  end(): void {
    this.entries = this.used;
    this.used = new Map();
  }

  get size(): number {
    return this.entries.size;
  }
}
