/**
 * A list as a change to the one sent before, for lists whose items carry line numbers (symbols, folding
 * ranges): the common head stays, the common tail stays too when its items only moved by the lines the
 * edit added or removed, and only the middle travels. Linear in the list's length.
 *
 * @example
 * listChange([a1, b5, c9], [a1, x5, b6, c10], sameShifted, 1) // { start: 1, deleteCount: 0, insert: [x5], shift: 1 }
 */
import type { DocumentSymbol, FoldingRange, Range } from 'vscode-languageserver-types';
import type { ListChange } from '../protocol';

/** Whether `b` is `a` with its lines moved by `shift`. */
export type SameShifted<T> = (a: T, b: T, shift: number) => boolean;

export function listChange<T>(before: readonly T[], after: readonly T[], same: SameShifted<T>, shift: number): ListChange<T> {
  let head = 0;
  const shorter = Math.min(before.length, after.length);
  while (head < shorter && same(before[head], after[head], 0)) head++;
  let tail = 0;
  while (tail < shorter - head && same(before[before.length - 1 - tail], after[after.length - 1 - tail], shift)) tail++;
  return { start: head, deleteCount: before.length - head - tail, insert: after.slice(head, after.length - tail), shift: tail > 0 ? shift : 0 };
}

const sameRange = (a: Range, b: Range, shift: number) =>
  a.start.line + shift === b.start.line && a.end.line + shift === b.end.line && a.start.character === b.start.character && a.end.character === b.end.character;

export const sameSymbol: SameShifted<DocumentSymbol> = (a, b, shift) =>
  a.name === b.name && a.kind === b.kind && a.detail === b.detail && sameRange(a.range, b.range, shift) && sameRange(a.selectionRange, b.selectionRange, shift)
  && (a.children?.length ?? 0) === (b.children?.length ?? 0) && (a.children ?? []).every((c, i) => sameSymbol(c, b.children![i], shift));

export const sameFolding: SameShifted<FoldingRange> = (a, b, shift) =>
  a.startLine + shift === b.startLine && a.endLine + shift === b.endLine && a.kind === b.kind && a.startCharacter === b.startCharacter && a.endCharacter === b.endCharacter;
