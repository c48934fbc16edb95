import { FenceTracker, leadsWithFenceMark } from '../deck/fences';

/**
 * Blanks out what markdown-it never reads as markup: fenced code blocks, inline code spans and (optionally)
 * HTML comments. Every masked character becomes a space and line breaks stay, so offsets are unchanged.
 * Indented code is not masked: decks indent nested bullets by four spaces.
 * @example maskCode('a `:x:` b') // 'a       b'
 */
export function maskCode(text: string, options: { comments?: boolean } = {}): string {
  // Most slides have nothing to mask: skip the copy.
  const comments = options.comments === true && text.includes('<!--');
  if (!comments && !text.includes('`') && !text.includes('~~~')) return text;
  const chars = text.split('');
  maskFences(text, chars);
  maskSpans(chars.join(''), chars);
  if (comments) maskComments(chars.join(''), chars);
  return chars.join('');
}

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end; i++) if (chars[i] !== '\n') chars[i] = ' ';
}

function maskFences(text: string, chars: string[]): void {
  const fences = new FenceTracker();
  let offset = 0;
  for (let line = 0; offset <= text.length; line++) {
    let nl = text.indexOf('\n', offset);
    if (nl === -1) nl = text.length;
    const candidate = leadsWithFenceMark(text, offset, nl) ? text.slice(offset, nl) : '';
    if (fences.push(candidate, line, offset)) blank(chars, offset, nl);
    offset = nl + 1;
  }
}

/**
 * Code spans: a run of N backticks up to the next run of exactly N, within one paragraph. Runs are listed
 * once and matched by length with a cursor each, so many unmatched backticks stay linear.
 */
function maskSpans(text: string, chars: string[]): void {
  const runs: { at: number; n: number }[] = [];
  for (let i = text.indexOf('`'); i !== -1; i = text.indexOf('`', i)) {
    let n = 0;
    while (text[i + n] === '`') n++;
    runs.push({ at: i, n });
    i += n;
  }
  if (runs.length < 2) return;
  const blanks: number[] = [];
  for (const m of text.matchAll(/\n[ \t]*\n/g)) blanks.push(m.index ?? 0);
  const byLength = new Map<number, number[]>();
  runs.forEach((r, k) => (byLength.get(r.n) ?? byLength.set(r.n, []).get(r.n)!).push(k));
  const cursor = new Map<number, number>();
  for (let k = 0; k < runs.length;) {
    const { at, n } = runs[k];
    const same = byLength.get(n)!;
    let c = cursor.get(n) ?? 0;
    while (c < same.length && same[c] <= k) c++;
    cursor.set(n, c);
    const close = c < same.length ? runs[same[c]] : undefined;
    if (!close || blankBetween(blanks, at + n, close.at)) {
      k++;
      continue;
    }
    blank(chars, at, close.at + n);
    k = same[c] + 1;
  }
}

/** Whether a blank line starts in [from, to) (`blanks` is sorted). */
function blankBetween(blanks: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = blanks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blanks[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < blanks.length && blanks[lo] < to;
}

function maskComments(text: string, chars: string[]): void {
  for (let i = text.indexOf('<!--'); i !== -1; i = text.indexOf('<!--', i)) {
    const end = text.indexOf('-->', i + 4);
    const stop = end === -1 ? text.length : end + 3;
    blank(chars, i, stop);
    i = stop;
  }
}
