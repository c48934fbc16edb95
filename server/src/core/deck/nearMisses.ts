import type { Fence, FrontMatter, NearMiss, SeparatorKind } from './model';
import { FenceTracker, leadsWithFenceMark } from './fences';

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
 * ascending (a sorted list walked alongside the lines: decks can have 10,000 of them). `swallowed` holds the
 * text offsets, ascending, of separator lines an allowed tag swallows (almost always none).
 */
export function scanLines(body: string, bodyStart: number, firstLine: number, splitLines: readonly number[], fm?: FrontMatter, swallowed: readonly number[] = []): LineScan {
  const nearMisses: NearMiss[] = [];
  const separatorsInFences = new Set<number>();
  const splitLineNumbers = new Int32Array(splitLines.length);
  const splitIndex = sortedLookup(splitLines);
  const swallowedIndex = sortedLookup(swallowed);
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
    // A split line always gets its number, also inside front matter HedgeDoc did not read (then it splits).
    const split = dashes ? splitIndex(offset) : -1;
    if (split >= 0) splitLineNumbers[split] = lineNo;
    if (dashes && offset >= skipTo) {
      const kind: SeparatorKind = dashes === 3 ? 'horizontal' : 'vertical';
      const at = { kind, line: lineNo, start: bodyStart + offset, end: bodyStart + nl };
      if (split >= 0) {
        if (fences.inFence) {
          separatorsInFences.add(offset);
          nearMisses.push({ ...at, reason: 'in-code-fence', splits: true });
        }
      } else if (!fences.inFence && swallowedIndex(bodyStart + offset) < 0) {
        // (A separator an allowed tag swallows is the swallowed-text rule's to report.)
        nearMisses.push({ ...at, reason: reasonFor(nl > offset + dashes, prevEmpty, prevExists, last), splits: false });
      }
    } else if (leadsWithFenceMark(body, offset, nl)) {
      fences.push(body.slice(offset, nl), lineNo, bodyStart + offset);
    }
    prevExists = true;
    prevEmpty = nl === offset;
    offset = nl + 1;
    lineNo++;
  }
  return { nearMisses, fences: fences.finish(lineNo - 1, bodyStart + body.length), separatorsInFences, splitLineNumbers };
}

/**
 * Finds offsets in an ascending list, asked in ascending order: a cursor only moves forward, so a whole scan
 * stays linear however many entries there are. Returns the entry's index, or -1.
 */
function sortedLookup(sorted: readonly number[]): (at: number) => number {
  let next = 0;
  return (at) => {
    while (next < sorted.length && sorted[next] < at) next++;
    return sorted[next] === at ? next : -1;
  };
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

/** Why an exact-looking separator line does not split (the first failing condition wins). */
function reasonFor(trailing: boolean, prevEmpty: boolean, prevExists: boolean, last: boolean): NearMiss['reason'] {
  if (trailing) return 'trailing-space';
  if (!prevExists || !prevEmpty) return 'no-blank-before';
  return last ? 'end-of-file' : 'no-blank-after';
}
