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
 * Fixes left out are retried by the next round of "fix all".
 */
export function compatibleEdits(groups: readonly (readonly Edit[])[]): Edit[] {
  const taken: Edit[] = [];
  for (const group of groups) {
    if (group.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...group);
  }
  return taken;
}

function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  // Touching ranges are fine; an insertion strictly inside a replaced range is not.
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}
