import { editDistance } from '../text/closest';
import type { Slide } from '../deck/model';
import type { DeckRule, DeckRuleContext } from './types';
import { sectionName } from './sections';

const PHRASE = 'Report by';
/** The line may be emphasised or a list item: `*Report by @x*`, `- Report by @x`. */
const REPORT_LINE = /^[ \t]*(?:[-+*>][ \t]+)?[*_]{0,2}Report by\b/m;
/** What a section says when its team did not meet: "No meeting this week", "Did not take place", "No meet". */
const NO_MEETING = /\b(?:no|not|cancel(?:l?ed)?|skipped|didn'?t|postponed|(?:will|might) take place)\b/i;
/** Up to this many words, a section's only line is a short note rather than a report. */
const NOTE_WORDS = 10;
/** A line that names someone: text, then `@handle` or a link around one. */
const BYLINE = /^([A-Za-z][A-Za-z :]{2,18}?)\s*(?=@[\w-]|<a\b[^>]*>\s*@)/;

/**
 * A team or SIG section (`# Team …`, `# SIG …` top slide) without its `Report by @handle` line, or with a
 * misspelt one (`Rebort by`, `Reported by`, `report by:`). A deck rule: a section continued on a later
 * horizontal slide with the same heading is not a new section, and a missing line counts only in a deck
 * whose other sections have one. A section that only says its team did not meet needs no reporter.
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
      sections.push({ slide, name, text: slide.info.structure.masked });
    }
    // Decks from before the convention name no reporter anywhere: a missing line is news only in a deck
    // that names them elsewhere. Misspellings are reported either way.
    const usesConvention = sections.some((s) => REPORT_LINE.test(s.text) || nearMiss(s.text));
    for (const s of sections) checkSection(ctx, s.slide, s.name, s.text, usesConvention);
  },
};

function checkSection(ctx: DeckRuleContext, slide: Slide, name: string, text: string, reportMissing: boolean): void {
  if (REPORT_LINE.test(text) || saysNoMeeting(slide, text)) return;
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

/**
 * A section whose whole report is one short line saying the team did not meet ("No meeting this week",
 * "Did not take place ..."): there is no reporter to name.
 */
function saysNoMeeting(slide: Slide, text: string): boolean {
  const title = slide.info.headings[0];
  const body = (title ? text.slice(0, title.start) + text.slice(title.end) : text).trim();
  if (!body || body.includes('\n') || /^[-+*#>|!<[]/.test(body)) return false;
  return body.split(/\s+/).length <= NOTE_WORDS && NO_MEETING.test(body);
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
