/**
 * Deck frames travel as changes: from the server to the preview panel (`scsDeck/render`) and from the panel to its
 * webview. The sender remembers the frame it sent last (`sentFrame`) and sends the change to the new one
 * (`frameChange`): the common head and tail of both lists stay, only the middle travels. The receiver applies it to
 * the frame it holds (`applyFrameChange`). Pure and linear in the deck's size; shared by both sides.
 *
 * @example
 * frameChange(sentFrame(1, { hashes: ['a', 'b', 'c'], columns: [[0], [1, 2]], ...rest }), { hashes: ['a', 'x', 'c'], ... })
 * // { hashes: { start: 1, deleteCount: 1, insert: ['x'] }, columnSizes: { start: 2, deleteCount: 0, insert: [] } }
 */
import type { DeckFrame, FrameChange, FrameRest, Splice } from './protocol';

export interface SentFrame {
  readonly seq: number;
  readonly hashes: readonly string[];
  readonly columnSizes: readonly number[];
  /** The other fields, as JSON, to see whether they changed. */
  readonly rest: string;
}

export function sentFrame(seq: number, frame: DeckFrame): SentFrame {
  return { seq, hashes: frame.hashes, columnSizes: frame.columns.map((c) => c.length), rest: JSON.stringify(restOf(frame)) };
}

export function frameChange(sent: SentFrame, frame: DeckFrame): FrameChange {
  const rest = restOf(frame);
  const change: FrameChange = { hashes: splice(sent.hashes, frame.hashes), columnSizes: splice(sent.columnSizes, frame.columns.map((c) => c.length)) };
  return JSON.stringify(rest) === sent.rest ? change : { ...change, rest };
}

/** The smallest single splice that turns `before` into `after` (items compared with `===`). */
export function splice<T>(before: readonly T[], after: readonly T[]): Splice<T> {
  let head = 0;
  const shorter = Math.min(before.length, after.length);
  while (head < shorter && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < shorter - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { start: head, deleteCount: before.length - head - tail, insert: after.slice(head, after.length - tail) };
}

function restOf(frame: DeckFrame): FrameRest {
  const { hashes: _hashes, columns: _columns, ...rest } = frame;
  return rest;
}

/** The receiver's half: the frame the change was computed from, plus the change, gives the new frame. */
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
