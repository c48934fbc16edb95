import type { Edit } from './types';

export class OverlappingEditsError extends Error {}

/**
 * Applies offset edits to `text`. Edits may come in any order; two edits that overlap (or insert at the same
 * offset) are refused with `OverlappingEditsError`, since their result would depend on order.
 * Text outside the edited ranges is copied unchanged.
 * @example applyEdits('abc', [{ start: 1, end: 2, newText: 'X' }]) // 'aXc'
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  let lastInsert = -1;
  for (const e of sorted) {
    if (e.start < 0 || e.end > text.length || e.end < e.start) throw new RangeError(`edit ${e.start}-${e.end} is outside the text (0-${text.length})`);
    if (e.start < at || (e.start === e.end && e.start === lastInsert)) throw new OverlappingEditsError(`edits overlap at offset ${e.start}`);
    parts.push(text.slice(at, e.start), e.newText);
    at = e.end;
    if (e.start === e.end) lastInsert = e.start;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Picks whole groups of edits (one group per fix) that do not overlap any group picked before, in order.
 * A group whose own edits overlap, or (when `length` is given) that reaches outside the text, is left out
 * too: applying it would throw or corrupt. Fixes left out are retried by the next round of "fix all".
 * Runs in O(n log n) for n edits: a deck with 100,000 empty slides has 100,000 fixes.
 */
export function compatibleEdits(groups: readonly (readonly Edit[])[], length = Infinity): Edit[] {
  const edits = groups.flat();
  const lo = new Float64Array(edits.length);
  const hi = new Float64Array(edits.length);
  edits.forEach((e, i) => {
    // Slot 2x is the point x (where an insertion goes), slot 2x+1 the characters between x and x+1. Two
    // edits overlap exactly when their slot ranges meet: ranges that only touch share no slot, an insertion
    // strictly inside a replaced range does, and so do two insertions at the same offset.
    lo[i] = e.start === e.end ? 2 * e.start : 2 * e.start + 1;
    hi[i] = e.start === e.end ? 2 * e.start : 2 * e.end - 1;
  });
  const taken = new TakenSlots(lo, hi);
  const out: Edit[] = [];
  let first = 0;
  for (const group of groups) {
    const end = first + group.length;
    if (group.every(inside(length)) && !selfOverlapping(lo, hi, first, end) && !taken.anyOf(first, end)) {
      for (let i = first; i < end; i++) taken.add(i);
      for (const e of group) out.push(e);
    }
    first = end;
  }
  return out;
}

function inside(length: number): (e: Edit) => boolean {
  return (e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= length;
}

/** Whether two of the edits first..end-1 (one fix) overlap each other. */
function selfOverlapping(lo: Float64Array, hi: Float64Array, first: number, end: number): boolean {
  if (end - first < 2) return false;
  const order = Array.from({ length: end - first }, (_, k) => first + k).sort((a, b) => lo[a] - lo[b]);
  return order.some((i, k) => k > 0 && lo[i] <= hi[order[k - 1]]);
}

/**
 * The slot ranges taken so far. A range [l, h] meets a taken range [a, b] exactly when a taken range starts
 * inside [l, h] or one covers l; two Fenwick trees over the sorted slot values answer both in O(log n): one
 * counts range starts, the other (+1 at a, -1 after b) counts the ranges covering a slot.
 */
class TakenSlots {
  private readonly keys: Float64Array;
  private readonly starts: Int32Array;
  private readonly cover: Int32Array;

  constructor(private readonly lo: Float64Array, private readonly hi: Float64Array) {
    const all = new Float64Array(lo.length * 2);
    all.set(lo);
    all.set(hi, lo.length);
    all.sort();
    let n = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i];
    this.keys = all.subarray(0, n);
    this.starts = new Int32Array(n + 2);
    this.cover = new Int32Array(n + 2);
  }

  /** Whether any of the edits first..end-1 meets a taken range. */
  anyOf(first: number, end: number): boolean {
    for (let i = first; i < end; i++) {
      const l = this.rank(this.lo[i]);
      const h = this.rank(this.hi[i]);
      if (sum(this.starts, h) - sum(this.starts, l - 1) > 0 || sum(this.cover, l) > 0) return true;
    }
    return false;
  }

  add(i: number): void {
    const l = this.rank(this.lo[i]);
    bump(this.starts, l, 1);
    bump(this.cover, l, 1);
    bump(this.cover, this.rank(this.hi[i]) + 1, -1);
  }

  /** 1-based position of a slot value among the keys (it is always one of them). */
  private rank(v: number): number {
    let a = 0;
    let b = this.keys.length;
    while (a < b) {
      const m = (a + b) >>> 1;
      if (this.keys[m] < v) a = m + 1;
      else b = m;
    }
    return a + 1;
  }
}

function sum(tree: Int32Array, i: number): number {
  let s = 0;
  for (; i > 0; i -= i & -i) s += tree[i];
  return s;
}

function bump(tree: Int32Array, i: number, by: number): void {
  for (; i < tree.length; i += i & -i) tree[i] += by;
}
