import type { Fence, FrontMatter, NearMiss, SeparatorKind } from './model';
import { FenceTracker } from './fences';

const CANDIDATE = /^(-{3,4})([ \t]*)$/;
const FENCE_LINE = /^[ \t]*(`{3,}|~{3,})/;

export interface LineScan {
  readonly nearMisses: NearMiss[];
  readonly fences: Fence[];
  /** Body-relative offsets of separator lines that HedgeDoc splits on while an author sees a code block. */
  readonly separatorsInFences: Set<number>;
  /** 0-based line of each split line, keyed by its body offset. */
  readonly splitLineNumbers: Map<number, number>;
}

/**
 * One pass over the body's lines: fences as an author reads them, and every `---`/`----` line that is not
 * what it looks like. `splitLines` holds body offsets of the separator lines HedgeDoc really splits on.
 */
export function scanLines(body: string, bodyStart: number, firstLine: number, splitLines: Set<number>, fm?: FrontMatter, swallowed?: Set<number>): LineScan {
  const nearMisses: NearMiss[] = [];
  const separatorsInFences = new Set<number>();
  const splitLineNumbers = new Map<number, number>();
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
    // Only dash lines and possible fence lines matter; skip the rest without slicing.
    if (c === 45 || c === 96 || c === 126 || c === 32 || c === 9) {
      const line = body.slice(offset, nl);
      const inFence = fences.inFence && !FENCE_LINE.test(line);
      const m = c === 45 ? CANDIDATE.exec(line) : null;
      if (m && offset >= skipTo) {
        const kind: SeparatorKind = m[1].length === 3 ? 'horizontal' : 'vertical';
        const at = { kind, line: lineNo, start: bodyStart + offset, end: bodyStart + nl };
        if (splitLines.has(offset)) {
          splitLineNumbers.set(offset, lineNo);
          if (inFence) {
            separatorsInFences.add(offset);
            nearMisses.push({ ...at, reason: 'in-code-fence', splits: true });
          }
        } else if (!inFence && !swallowed?.has(offset)) {
          // (A separator an allowed tag swallows is the swallowed-text rule's to report.)
          nearMisses.push({ ...at, reason: reasonFor(m[2], prevEmpty, prevExists, last), splits: false });
        }
      }
      if (c !== 45) fences.push(line, lineNo, bodyStart + offset);
    }
    prevExists = true;
    prevEmpty = nl === offset;
    offset = nl + 1;
    lineNo++;
  }
  return { nearMisses, fences: fences.finish(lineNo - 1, bodyStart + body.length), separatorsInFences, splitLineNumbers };
}

/** Why an exact-looking separator line does not split (the first failing condition wins). */
function reasonFor(trailing: string, prevEmpty: boolean, prevExists: boolean, last: boolean): NearMiss['reason'] {
  if (trailing) return 'trailing-space';
  if (!prevExists || !prevEmpty) return 'no-blank-before';
  return last ? 'end-of-file' : 'no-blank-after';
}
