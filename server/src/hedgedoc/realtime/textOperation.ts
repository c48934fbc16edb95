/**
 * ot.js's TextOperation (npm `ot`), the format HedgeDoc's server transforms, plus the conversions an editor
 * needs: one replaced range becomes an operation, an operation becomes replaced ranges, and an offset moves
 * through an operation. Offsets are UTF-16 code units, as in JavaScript strings, CodeMirror and VS Code.
 */
import TextOperation from 'ot/lib/text-operation';

export { TextOperation };

/**
 * The operation replacing `deleted` code units at `offset` with `inserted`, in a document of `length` units.
 * @example fromChange(5, 1, 2, 'X').toJSON() // [1, 'X', -2, 2]
 */
export function fromChange(length: number, offset: number, deleted: number, inserted: string): TextOperation {
  return new TextOperation().retain(offset).delete(deleted).insert(inserted).retain(length - offset - deleted);
}

export interface Replacement {
  /** Offset in the document before this operation is applied (earlier replacements not yet applied). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The ranges an operation replaces, in the coordinates of the document before it (what VS Code's
 * WorkspaceEdit expects: all ranges refer to the original text).
 */
export function toReplacements(op: TextOperation): Replacement[] {
  const out: Replacement[] = [];
  let pos = 0;
  for (const o of op.ops) {
    if (TextOperation.isRetain(o)) {
      pos += o;
    } else {
      const last = out.at(-1);
      const del = TextOperation.isDelete(o) ? -o : 0;
      const ins = TextOperation.isInsert(o) ? o : '';
      if (last && last.end === pos) out[out.length - 1] = { start: last.start, end: pos + del, text: last.text + ins };
      else out.push({ start: pos, end: pos + del, text: ins });
      pos += del;
    }
  }
  return out;
}

/**
 * Where an offset lands after the operation. `own` tells whether the offset is the editing user's cursor
 * (it then moves after text inserted at it) or someone else's (it stays before).
 */
export function transformOffset(offset: number, op: TextOperation, own = false): number {
  let pos = 0;
  let result = offset;
  for (const o of op.ops) {
    if (pos > offset) break;
    if (TextOperation.isRetain(o)) pos += o;
    else if (TextOperation.isInsert(o)) {
      if (pos < offset || (own && pos === offset)) result += o.length;
    } else {
      result -= Math.min(-o, offset - pos);
      pos -= o;
    }
  }
  return result;
}
