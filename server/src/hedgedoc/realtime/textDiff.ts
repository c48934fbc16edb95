/** The smallest single-range operation turning one text into another (common prefix and suffix kept). */
import { fromChange, type TextOperation } from './textOperation';

/** @example diffOperation('abc', 'aXc').toJSON() // [1, 'X', -1, 1] */
export function diffOperation(from: string, to: string): TextOperation {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++;
  return fromChange(from.length, start, from.length - start - end, to.slice(start, to.length - end));
}
