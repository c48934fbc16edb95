import type { SlideInfo } from '../deck/model';
import type { Report } from './types';

/** A report with the index of its rule in the rule set it was cached for. */
export interface CombinedReport {
  readonly rule: number;
  readonly report: Report;
}

/**
 * Slide-rule results per slide, for one document. `parseDeck(text, previous)` hands every unchanged slide the
 * same `SlideInfo` object as before, so results are keyed by that object: a lookup costs no hashing of slide
 * text, and a re-lint after an edit runs the slide rules for the edited slide only. Results are kept per rule,
 * so switching a rule on later runs just that rule. Entries go away with the slides (a `WeakMap`).
 */
export class LintCache {
  private entries = new WeakMap<SlideInfo, Map<string, readonly Report[]>>();
  private combinedEntries = new WeakMap<SlideInfo, { signature: string; reports: readonly CombinedReport[] }>();
  private key = '';
  private count = 0;

  /** Starts a lint. A different `key` (environment generation, community-call flag) empties the cache. */
  begin(key: string): void {
    if (key !== this.key) {
      this.entries = new WeakMap();
      this.combinedEntries = new WeakMap();
      this.key = key;
      this.count = 0;
    }
  }

  /** The cached reports of one rule for this slide, if any. */
  get(info: SlideInfo, rule: string): readonly Report[] | undefined {
    return this.entries.get(info)?.get(rule);
  }

  /** Every cached rule result of one slide (one lookup for all rules), created on demand. */
  slide(info: SlideInfo): Map<string, readonly Report[]> {
    let forSlide = this.entries.get(info);
    if (!forSlide) {
      this.entries.set(info, (forSlide = new Map()));
      this.count++;
    }
    return forSlide;
  }

  /**
   * The reports of a whole rule set for one slide, flattened, if cached for exactly that set (`signature`).
   * An unchanged slide then costs one lookup however many rules there are.
   */
  combined(info: SlideInfo, signature: string): readonly CombinedReport[] | undefined {
    const hit = this.combinedEntries.get(info);
    return hit && hit.signature === signature ? hit.reports : undefined;
  }

  setCombined(info: SlideInfo, signature: string, reports: readonly CombinedReport[]): void {
    this.combinedEntries.set(info, { signature, reports });
  }

  set(info: SlideInfo, rule: string, reports: readonly Report[]): void {
    let forSlide = this.entries.get(info);
    if (!forSlide) {
      this.entries.set(info, (forSlide = new Map()));
      this.count++;
    }
    forSlide.set(rule, reports);
  }

  /** Slides cached since the last reset (for tests and diagnostics; collected slides are not subtracted). */
  get size(): number {
    return this.count;
  }
}
