import type { SlideRule, SlideRuleContext } from './types';

/** Where the quirk's replacements do no visible harm: CSS in `<style>` and HTML comments. */
const HARMLESS_BLOCK = /<style\b[\s\S]*?(?:<\/style>|$)|<!--[\s\S]*?(?:-->|$)/gi;
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * HedgeDoc's indentation quirk: when a slide's text starts (after one line break) with two or more whitespace
 * characters, for example three blank lines after a separator, reveal-markdown replaces every run of that many
 * spaces in the slide with a line break. Nested lists flatten, code loses its indentation, and two spaces
 * inside a sentence become a line break. Silent when only `<style>` CSS, comments or blank lines are hit, as
 * in the community-call template's first slide.
 */
export const leadingWhitespaceQuirk: SlideRule = {
  name: 'leading-whitespace-quirk',
  description: 'A slide starts with blank lines or indentation that make HedgeDoc turn runs of spaces into line breaks.',
  defaultSeverity: 'warning',
  scope: 'slide',
  check(ctx) {
    const { content, info } = ctx.slide;
    const tabs = info.leadingTabs > 0;
    const run = tabs ? info.leadingTabs : info.leadingWhitespace;
    if (!tabs && run < 2) return;
    const from = content.charCodeAt(0) === 10 ? 1 : 0;
    const hit = firstVisibleHit(content, new RegExp(tabs ? `\\n?\\t{${run}}` : `\\n? {${run}}`, 'g'), from + run);
    if (hit === undefined) return;
    report(ctx, from, run, hit, tabs);
  },
};

function report(ctx: SlideRuleContext, from: number, run: number, hit: number, tabs: boolean): void {
  const { content } = ctx.slide;
  const lineEnd = content.indexOf('\n', hit);
  const lead = content.slice(from, from + run);
  const cause = /^\n+$/.test(lead) ? `${run} blank lines` : `${run} ${tabs ? 'tabs' : 'whitespace characters'}`;
  const unit = tabs ? `${run} tab${run > 1 ? 's' : ''}` : `${run} spaces`;
  ctx.report({
    start: from,
    end: lineEnd === -1 ? content.length : lineEnd,
    message: `This slide starts with ${cause}, so HedgeDoc turns every run of ${unit} in it into a line break: indentation (nested lists, code) is lost and the slide looks different.`,
    fixes: [{ title: 'Remove the leading blank lines', edits: [{ start: from, end: from + run, newText: '' }], preferred: true }],
  });
}

/** Offset of the first replacement the audience would notice, or undefined if none. */
function firstVisibleHit(content: string, pattern: RegExp, skipUntil: number): number | undefined {
  const harmless = harmlessRanges(content);
  for (let m = pattern.exec(content); m; m = pattern.exec(content)) {
    const at = m.index + (m[0][0] === '\n' ? 1 : 0);
    if (at < skipUntil) continue;
    if (harmless.some(([s, e]) => s <= at && at < e)) continue;
    return at;
  }
  return undefined;
}

/** `<style>` blocks, comments, and whitespace-only lines outside code fences (extra blank lines change nothing). */
function harmlessRanges(content: string): [number, number][] {
  const ranges: [number, number][] = [];
  HARMLESS_BLOCK.lastIndex = 0;
  for (let m = HARMLESS_BLOCK.exec(content); m; m = HARMLESS_BLOCK.exec(content)) ranges.push([m.index, m.index + m[0].length]);
  let fence = '';
  for (let start = 0; start <= content.length; ) {
    let end = content.indexOf('\n', start);
    if (end === -1) end = content.length;
    const line = content.slice(start, end);
    const f = FENCE.exec(line);
    if (f && (!fence || f[1][0] === fence[0])) fence = fence ? '' : f[1];
    else if (!fence && line.trim() === '') ranges.push([start, end + 1]);
    start = end + 1;
  }
  return ranges;
}
