import type { NearMiss } from '../deck/model';
import type { DeckRule, DeckRuleContext, Edit, Fix } from './types';

/**
 * A `---`/`----` line that HedgeDoc does not split on: no empty line before or after it, trailing spaces, or
 * the end of the file. Right under a list item (`----` with no blank line) it glues the planned vertical slide
 * onto the previous one; under a paragraph it turns that paragraph into a heading. Every case is reported: in a
 * deck, a dash line is meant as a separator, and `***` remains for a horizontal rule.
 */
export const separatorNearMiss: DeckRule = {
  name: 'separator-near-miss',
  description: 'A line that looks like a slide separator but does not split the slide.',
  defaultSeverity: 'warning',
  scope: 'deck',
  check(ctx) {
    let comments: [number, number][] | undefined;
    for (const nm of ctx.deck.nearMisses) {
      if (nm.reason === 'in-code-fence' || nm.splits) continue;
      // Inside an HTML comment a dash line that does not split shows nothing: leave it alone.
      comments ??= commentRanges(ctx.deck.text);
      if (comments.some(([s, e]) => s < nm.start && nm.end <= e)) continue;
      if (nm.reason === 'end-of-file' || nm.end >= ctx.deck.text.length) reportStray(ctx, nm);
      else ctx.report({ start: nm.start, end: nm.end, message: message(ctx, nm), fixes: [separatorFix(ctx, nm), ...ruleFix(ctx, nm)] });
    }
  },
};

function message(ctx: DeckRuleContext, nm: NearMiss): string {
  const dashes = nm.kind === 'vertical' ? '`----` (vertical)' : '`---`';
  const text = ctx.deck.text;
  const above = lineBefore(text, nm.start);
  const missing: string[] = [];
  if (/[ \t]$/.test(text.slice(nm.start, nm.end))) missing.push('it has trailing spaces');
  if (above.trim() !== '') missing.push('there is no empty line before it');
  if (!/^\n(\n|$)/.test(text.slice(nm.end, nm.end + 2)) && nm.end < text.length) missing.push('there is no empty line after it');
  const effect = above.trim() === ''
    ? 'HedgeDoc draws a horizontal line instead of starting a new slide.'
    : underlines(ctx, nm)
      ? 'HedgeDoc does not split here; the paragraph above becomes a heading.'
      : 'HedgeDoc glues the next slide onto this one.';
  return `This ${dashes} is not a slide separator: ${missing.join(', ') || 'it does not stand alone'}. ${effect}`;
}

/** Whether markdown-it reads the dash line as a setext underline (the slide's analysis found a heading ending on it). */
function underlines(ctx: DeckRuleContext, nm: NearMiss): boolean {
  const slide = ctx.deck.slideAt(nm.start);
  return slide.info.headings.some((h) => slide.contentStart + h.end === nm.end);
}

/** Trims the line and adds the empty lines HedgeDoc's separator pattern needs. */
function separatorFix(ctx: DeckRuleContext, nm: NearMiss): Fix {
  const text = ctx.deck.text;
  const dashes = nm.kind === 'vertical' ? '----' : '---';
  const edits: Edit[] = [];
  const lineText = text.slice(nm.start, nm.end);
  const before = isEmptyLineBefore(text, nm.start) ? '' : '\n';
  const after = nm.end >= text.length || text.startsWith('\n\n', nm.end) || nm.end + 1 >= text.length ? '' : '\n';
  if (before || lineText !== dashes) edits.push({ start: nm.start, end: nm.end, newText: before + dashes });
  if (after) edits.push({ start: nm.end + 1, end: nm.end + 1, newText: after });
  return { title: `Make it a ${nm.kind} slide separator: a new slide starts here and the slides after it move on by one`, edits, preferred: true, structural: true };
}

/** For a line that was meant as a rule: `***` never splits slides. */
function ruleFix(ctx: DeckRuleContext, nm: NearMiss): Fix[] {
  if (!isEmptyLineBefore(ctx.deck.text, nm.start)) return [];
  return [{ title: 'Make it a horizontal rule (`***`)', edits: [{ start: nm.start, end: nm.end, newText: '***' }] }];
}

/** `A\n\n---` at the very end without a line break: a stray line, and a separator there would add an empty slide. */
function reportStray(ctx: DeckRuleContext, nm: NearMiss): void {
  const start = isEmptyLineBefore(ctx.deck.text, nm.start) ? nm.start - 1 : nm.start;
  ctx.report({
    start: nm.start,
    end: nm.end,
    message: 'A separator at the end of the file without a line break after it does not split: HedgeDoc shows a stray horizontal line.',
    fixes: [{ title: 'Remove the stray separator', edits: [{ start, end: nm.end, newText: '' }], preferred: true }],
  });
}

function lineBefore(text: string, lineStart: number): string {
  if (lineStart === 0) return '';
  const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  return text.slice(prevStart, lineStart - 1);
}

/** Whether the line before `lineStart` exists and is empty (nothing at all, as HedgeDoc's pattern needs). */
function isEmptyLineBefore(text: string, lineStart: number): boolean {
  return lineStart >= 2 && text[lineStart - 1] === '\n' && text[lineStart - 2] === '\n';
}

/** `<!--` … `-->` spans of the text (to the end when unclosed). */
function commentRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let open = text.indexOf('<!--'); open !== -1;) {
    const close = text.indexOf('-->', open + 4);
    out.push([open, close === -1 ? text.length : close + 3]);
    open = close === -1 ? -1 : text.indexOf('<!--', close + 3);
  }
  return out;
}
