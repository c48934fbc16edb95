/**
 * Where an edit leaves a slide of the previous parse or render: slide `i` of `count` is either at the same index
 * (before the edit) or shifted by the change in slide count (after it). Its text there must be the same; two
 * strings compare natively, far cheaper than a map of every slide's text. A slide that moved elsewhere is not
 * found, and is analysed, scanned or rendered again.
 * @example previousIndex((j) => ['a', 'b', 'c'][j], 3, 1, 4, 'a') // -1; (… 3, 2, 4, 'b') // 1
 */
export function previousIndex(textAt: (j: number) => string | undefined, previousCount: number, i: number, count: number, content: string): number {
  if (textAt(i) === content) return i;
  const j = i + previousCount - count;
  return j !== i && textAt(j) === content ? j : -1;
}
