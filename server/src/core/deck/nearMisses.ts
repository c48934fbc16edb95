import type { Fence, FrontMatter, NearMiss, SeparatorKind } from './model';
import { FenceTracker } from './fences';


export interface LineScan {
  readonly nearMisses: NearMiss[];
  readonly fences: Fence[];
  /** Body-relative offsets of separator lines that HedgeDoc splits on while an author sees a code block. */
  readonly separatorsInFences: Set<number>;
  /** 0-based line of each split line, in the order of `splitLines`. */
  readonly splitLineNumbers: Int32Array;
}

/**
 * One pass over the body's lines: fences as an author reads them, and every `---`/`----` line that is not
 * what it looks like. `splitLines` holds the body offsets of the separator lines HedgeDoc really splits on,
 * ascending (a sorted list walked alongside the lines: decks can have 10,000 of them).
 */
export function scanLines(body: string, bodyStart: number, firstLine: number, splitLines: readonly number[], fm?: FrontMatter, swallowed?: Set<number>): LineScan {
  const nearMisses: NearMiss[] = [];
  const separatorsInFences = new Set<number>();
  const splitLineNumbers = new Int32Array(splitLines.length);
  let nextSplit = 0;
  const fences = new FenceTracker();
  const skipTo = fm && !fm.recognised ? fm.end - bodyStart : -1;
  let offset = 0;
  let lineNo = firstLine;
  let prevExists = false;
  let prevEmpty = false;
  while (offset <= body.length) {
    let nl = body.indexOf('\n', offset);
    const last = nl === -1;
    if (last) nl = body.length;
    const c = body.charCodeAt(offset);
    // Only separator-like lines and lines that may open or close a fence matter; the rest are skipped unsliced.
    const dashes = c === 45 ? separatorDashes(body, offset, nl) : 0;
    if (dashes && offset >= skipTo) {
      const kind: SeparatorKind = dashes === 3 ? 'horizontal' : 'vertical';
      const at = { kind, line: lineNo, start: bodyStart + offset, end: bodyStart + nl };
      while (nextSplit < splitLines.length && splitLines[nextSplit] < offset) nextSplit++;
      if (splitLines[nextSplit] === offset) {
        splitLineNumbers[nextSplit] = lineNo;
        if (fences.inFence) {
          separatorsInFences.add(offset);
          nearMisses.push({ ...at, reason: 'in-code-fence', splits: true });
        }
      } else if (!fences.inFence && !swallowed?.has(offset)) {
        // (A separator an allowed tag swallows is the swallowed-text rule's to report.)
        nearMisses.push({ ...at, reason: reasonFor(nl > offset + dashes, prevEmpty, prevExists, last), splits: false });
      }
    } else if ((c === 96 || c === 126 || c === 32 || c === 9) && leadsWithFenceMark(body, offset, nl)) {
      fences.push(body.slice(offset, nl), lineNo, bodyStart + offset);
    }
    prevExists = true;
    prevEmpty = nl === offset;
    offset = nl + 1;
    lineNo++;
  }
  return { nearMisses, fences: fences.finish(lineNo - 1, bodyStart + body.length), separatorsInFences, splitLineNumbers };
}

/** 3 or 4 for a line of exactly that many dashes and then only blanks (`^-{3,4}[ \t]*$`), else 0. */
function separatorDashes(body: string, offset: number, nl: number): number {
  let i = offset;
  while (i < nl && body.charCodeAt(i) === 45) i++;
  const dashes = i - offset;
  if (dashes !== 3 && dashes !== 4) return 0;
  for (; i < nl; i++) if (body.charCodeAt(i) !== 32 && body.charCodeAt(i) !== 9) return 0;
  return dashes;
}

/** Whether the first character after the line's blanks is a backtick or tilde: only such lines open or close a fence. */
function leadsWithFenceMark(body: string, offset: number, nl: number): boolean {
  let i = offset;
  while (i < nl && (body.charCodeAt(i) === 32 || body.charCodeAt(i) === 9)) i++;
  const c = body.charCodeAt(i);
  return i < nl && (c === 96 || c === 126);
}

/** Why an exact-looking separator line does not split (the first failing condition wins). */
function reasonFor(trailing: boolean, prevEmpty: boolean, prevExists: boolean, last: boolean): NearMiss['reason'] {
  if (trailing) return 'trailing-space';
  if (!prevExists || !prevEmpty) return 'no-blank-before';
  return last ? 'end-of-file' : 'no-blank-after';
}
