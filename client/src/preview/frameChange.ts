/**
 * The client's half of `scsDeck/render`'s frame changes: the frame of the base reply plus the change gives the
 * new frame. Pure, so the round trip with the server's half is unit-tested.
 *
 * @example applyFrameChange(frame, { hashes: { start: 1, deleteCount: 1, insert: ['x'] }, columnSizes: { start: 0, deleteCount: 0, insert: [] } })
 */
import type { DeckFrame, FrameChange, Splice } from '../../../server/src/protocol';

export function applyFrameChange(frame: DeckFrame, change: FrameChange): DeckFrame {
  const sizes = applySplice(frame.columns.map((c) => c.length), change.columnSizes);
  const columns: number[][] = [];
  let index = 0;
  for (const size of sizes) {
    const column: number[] = [];
    for (let i = 0; i < size; i++) column.push(index++);
    columns.push(column);
  }
  return { ...(change.rest ?? frame), hashes: applySplice(frame.hashes, change.hashes), columns };
}

function applySplice<T>(list: readonly T[], s: Splice<T>): T[] {
  return [...list.slice(0, s.start), ...s.insert, ...list.slice(s.start + s.deleteCount)];
}
