/**
 * The client's half of list changes (`scsDeck/symbols`, `scsDeck/folding`): the held list plus the change gives
 * the new list. Pure (no vscode), so the round trip with the server's half is unit-tested.
 */
import type { DocumentSymbol as LspSymbol, FoldingRange as LspFolding } from 'vscode-languageserver-types';
import type { ListChange } from '../../server/src/protocol';

/** The list of the base reply with the change applied: kept items stay the same objects unless they moved. */
export function applyListChange<T>(list: readonly T[], change: ListChange<T>, shift: (item: T, by: number) => T): T[] {
  const tail = list.slice(change.start + change.deleteCount);
  return [...list.slice(0, change.start), ...change.insert, ...(change.shift ? tail.map((item) => shift(item, change.shift)) : tail)];
}

function shiftRange<R extends LspSymbol['range']>(r: R, by: number): R {
  return { ...r, start: { ...r.start, line: r.start.line + by }, end: { ...r.end, line: r.end.line + by } };
}

export function shiftSymbol(s: LspSymbol, by: number): LspSymbol {
  return { ...s, range: shiftRange(s.range, by), selectionRange: shiftRange(s.selectionRange, by), children: s.children?.map((c) => shiftSymbol(c, by)) };
}

export function shiftFolding(r: LspFolding, by: number): LspFolding {
  return { ...r, startLine: r.startLine + by, endLine: r.endLine + by };
}
