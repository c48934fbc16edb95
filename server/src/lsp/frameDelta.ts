/**
 * What the server remembers of the frame it last sent to a preview, and the change from it to a new frame:
 * the common head and tail of both lists stay, only the middle travels. Linear in the deck's size.
 *
 * @example
 * frameChange(sentFrame(1, { hashes: ['a', 'b', 'c'], columns: [[0], [1, 2]], ...rest }), { hashes: ['a', 'x', 'c'], ... })
 * // { hashes: { start: 1, deleteCount: 1, insert: ['x'] }, columnSizes: { start: 2, deleteCount: 0, insert: [] } }
 */
import type { DeckFrame, FrameChange, FrameRest, Splice } from '../protocol';

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
