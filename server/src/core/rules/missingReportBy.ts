import { editDistance } from '../text/closest';
import { maskCode } from '../text/codeMask';
import type { Slide } from '../deck/model';
import type { DeckRule, DeckRuleContext } from './types';
import { sectionName } from './sections';

const PHRASE = 'Report by';
const REPORT_LINE = /^Report by\b/m;
/** A line that names someone: text, then `@handle` or a link around one. */
const BYLINE = /^([A-Za-z][A-Za-z :]{2,18}?)\s*(?=@[\w-]|<a\b[^>]*>\s*@)/;

/**
 * A team or SIG section (`# Team …`, `# SIG …` top slide) without its `Report by @handle` line, or with a
 * misspelt one (`Rebort by`, `Reported by`, `report by:`). A deck rule: a section continued on a later
 * horizontal slide with the same heading is not a new section, and a missing line counts only in a deck
 * whose other sections have one.
 */
export const missingReportBy: DeckRule = {
  name: 'missing-report-by',
  description: 'A team or SIG section has no "Report by @handle" line, or a misspelt one.',
  defaultSeverity: 'warning',
  communityCallOnly: true,
  scope: 'deck',
  check(ctx) {
    const seen = new Set<string>();
    const sections: { slide: Slide; name: string; text: string }[] = [];
    for (const slide of ctx.deck.slides) {
      if (slide.v !== 0) continue;
      const name = sectionName(slide);
      if (!name || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      sections.push({ slide, name, text: maskCode(slide.content, { comments: true }) });
    }
    // Decks from before the convention name no reporter anywhere: a missing line is news only in a deck
    // that names them elsewhere. Misspellings are reported either way.
    const usesConvention = sections.some((s) => REPORT_LINE.test(s.text) || nearMiss(s.text));
    for (const s of sections) checkSection(ctx, s.slide, s.name, s.text, usesConvention);
  },
};

function checkSection(ctx: DeckRuleContext, slide: Slide, name: string, text: string, reportMissing: boolean): void {
  if (REPORT_LINE.test(text)) return;
  const near = nearMiss(text);
  const base = slide.contentStart;
  if (near) {
    const start = base + near.start;
    const end = start + near.text.length;
    ctx.report({
      start,
      end,
      message: `"${near.text}" should read "${PHRASE}": the section ${name} names its reporter with "${PHRASE} @handle".`,
      fixes: [{ title: `Change to "${PHRASE}"`, edits: [{ start, end, newText: PHRASE }], preferred: true }],
    });
    return;
  }
  if (!reportMissing) return;
  const title = slide.info.headings[0];
  const at = base + title.end;
  ctx.report({
    start: base + title.start,
    end: at,
    message: `The section ${name} has no "${PHRASE} @handle" line: the template names who reports for each team or SIG.`,
    fixes: [{ title: `Add a "${PHRASE}" line`, edits: [{ start: at, end: at, newText: `\n\n${PHRASE} @todo` }] }],
  });
}

/** Case and a trailing colon are compared apart from spelling, so `Reported by:` is two edits, not four. */
function normalise(phrase: string): string {
  return phrase.toLowerCase().replace(/:$/, '').replace(/\s+/g, ' ').trim();
}

/** The first byline whose phrase is within two edits of "Report by" (`Rebort by`, `Reported by`, `report by:`). */
function nearMiss(text: string): { start: number; text: string } | undefined {
  let offset = 0;
  for (const line of text.split('\n')) {
    const m = BYLINE.exec(line);
    const phrase = m?.[1].trimEnd();
    if (phrase && phrase !== PHRASE && editDistance(normalise(phrase), 'report by', 2) <= 2) return { start: offset, text: phrase };
    offset += line.length + 1;
  }
  return undefined;
}
