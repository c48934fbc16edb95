/**
 * Deciding how the webview turns the slides it shows into the new ones: replace only the `<section>`s
 * whose hash changed when the column shape is the same, rebuild the slide tree when it is not.
 * Pure (no DOM), so the webview script and the tests share it.
 */
import type { DeckFrame } from '../../../server/src/protocol';

/** What the webview currently shows. */
export interface Shown {
  readonly hashes: readonly string[];
  readonly columns: readonly (readonly number[])[];
}

export interface ChangedSlide {
  readonly index: number;
  readonly h: number;
  readonly v: number;
  readonly hash: string;
}

export type PatchPlan =
  /** Same columns: swap the content of these sections only (empty: nothing to do). */
  | { readonly kind: 'patch'; readonly changed: ChangedSlide[] }
  /** Slides added, removed or moved between columns: rebuild every section from the hash table. */
  | { readonly kind: 'rebuild' };

/**
 * @example planPatch({ hashes: ['a', 'b'], columns: [[0], [1]] }, { hashes: ['a', 'c'], columns: [[0], [1]] })
 * // { kind: 'patch', changed: [{ index: 1, h: 1, v: 0, hash: 'c' }] }
 */
export function planPatch(shown: Shown | undefined, next: Pick<DeckFrame, 'hashes' | 'columns'>): PatchPlan {
  if (!shown || shapeOf(shown.columns) !== shapeOf(next.columns)) return { kind: 'rebuild' };
  const changed: ChangedSlide[] = [];
  next.columns.forEach((column, h) => {
    column.forEach((index, v) => {
      const hash = next.hashes[index];
      if (shown.hashes[shown.columns[h][v]] !== hash) changed.push({ index, h, v, hash });
    });
  });
  return { kind: 'patch', changed };
}

/** Column sizes: a lone slide is a plain section, a column of two or more is a vertical stack. */
export function shapeOf(columns: readonly (readonly number[])[]): string {
  return columns.map((c) => c.length).join(',');
}

/** The hashes a message must carry: those of the new deck that the webview does not hold. */
export function missingHashes(have: ReadonlySet<string>, hashes: readonly string[]): string[] {
  return [...new Set(hashes.filter((h) => !have.has(h)))];
}

/**
 * Keep the reader where they were: the same h/v when it still exists, else the nearest slide before it.
 * @example clampPosition([[0], [1, 2]], { h: 1, v: 5 }) // { h: 1, v: 1 }
 */
export function clampPosition(columns: readonly (readonly number[])[], pos: { h: number; v: number }): { h: number; v: number } {
  if (columns.length === 0) return { h: 0, v: 0 };
  const h = Math.min(Math.max(pos.h, 0), columns.length - 1);
  const v = Math.min(Math.max(pos.v, 0), columns[h].length - 1);
  return { h, v };
}
