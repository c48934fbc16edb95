import type { SeparatorKind } from './model';

/**
 * HedgeDoc's separator regexes, joined with `|` and run with `mg` over the LF-normalised body:
 * a separator is a line of exactly `---` (horizontal) or `----` (vertical) with an empty line before it
 * and an empty line or the end of input after it.
 */
const SEPARATORS = /^\n---\n$|^\n----\n$/gm;

export interface SplitPoint {
  /** Body offset where the consumed text (`\n---\n`) starts: the end of the previous chunk. */
  readonly index: number;
  /** Body offset just after the consumed text: the start of the next chunk. */
  readonly lastIndex: number;
  readonly kind: SeparatorKind;
}

/**
 * The split points HedgeDoc's `slidify` finds in `body`.
 * @example findSplitPoints('A\n\n---\n\nB') // [{ index: 2, lastIndex: 7, kind: 'horizontal' }]
 */
export function findSplitPoints(body: string): SplitPoint[] {
  const points: SplitPoint[] = [];
  // `test` makes no match object (a deck can have 10,000 splits); the match ends at `lastIndex` and is
  // `\n---\n` or `\n----\n`, which the character five before its end tells apart.
  SEPARATORS.lastIndex = 0;
  while (SEPARATORS.test(body)) {
    const lastIndex = SEPARATORS.lastIndex;
    const vertical = body.charCodeAt(lastIndex - 5) === 45;
    points.push({ index: lastIndex - (vertical ? 6 : 5), lastIndex, kind: vertical ? 'vertical' : 'horizontal' });
  }
  return points;
}

export interface StackPlace {
  readonly h: number;
  readonly v: number;
  readonly inStack: boolean;
}

/**
 * Places chunks the way `slidify` stacks them: a `----` turns the chunk before it into the top of a vertical
 * stack that runs until the next `---`. `kinds[i]` is the separator that ends chunk `i`.
 * @example stackPlaces(['horizontal', 'vertical', 'horizontal']) // H1 | H2, V1 | H3
 */
export function stackPlaces(kinds: SeparatorKind[]): StackPlace[] {
  const places: StackPlace[] = [];
  let h = -1;
  let v = 0;
  let wasHorizontal = true;
  for (let i = 0; i <= kinds.length; i++) {
    const endsWithHorizontal = i < kinds.length ? kinds[i] === 'horizontal' : true;
    const stacked = i < kinds.length ? !(endsWithHorizontal && wasHorizontal) : !wasHorizontal;
    if (stacked && !wasHorizontal) v++;
    else {
      h++;
      v = 0;
    }
    places.push({ h, v, inStack: stacked });
    if (i < kinds.length) wasHorizontal = endsWithHorizontal;
  }
  return places;
}
