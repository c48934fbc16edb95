import { fileNameDate, parseIsoDate } from '../text/callDate';
import { isTemplateDeck } from './templateDeck';
import type { DeckRule, Fix } from './types';

/** `Community Call</br> 2024-05-30`, `Community Call<br> 2024-05-30` or `Community Call 2024-05-30`. */
export const TITLE_DATE = /Community Call[ \t]*(?:<\/?br[ \t]*\/?>)?[ \t]*(\d{4}-\d{2}-\d{2}|202X-XX-XX)/i;
const PLACEHOLDER = /^202X-XX-XX$/i;
/** A deck may open with a background or agenda slide before its title: the title is looked for this far. */
const TITLE_SLIDES = 3;

/**
 * The date in the title slide disagrees with the file name (`20240530.md`), is not a Thursday (the day of
 * the call), or is still the template's `202X-XX-XX` (except in the template itself). The title is the first
 * "Community Call <date>" among the first slides, as some decks open with a picture. A deck rule because the
 * answer depends on the file's path.
 */
export const titleDate: DeckRule = {
  name: 'title-date',
  description: 'The date in the title disagrees with the file name or is not a Thursday.',
  defaultSeverity: 'warning',
  communityCallOnly: true,
  scope: 'deck',
  check(ctx) {
    if (isTemplateDeck(ctx.path, ctx.templatePath)) return;
    let first;
    let m: RegExpExecArray | null = null;
    for (const slide of ctx.deck.slides.slice(0, TITLE_SLIDES)) {
      m = TITLE_DATE.exec(slide.content);
      first = slide;
      if (m) break;
    }
    if (!m || !first) return;
    const start = first.contentStart + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    const title = parseIsoDate(m[1]);
    const file = fileNameDate(ctx.path);
    const problems: string[] = [];
    if (PLACEHOLDER.test(m[1])) problems.push(`it is still the template's placeholder${file ? `; the file name says ${file}` : ''}`);
    else if (!title) problems.push(`${m[1]} is not a date`);
    else if (title.weekday !== 'Thursday') problems.push(`${m[1]} is a ${title.weekday}, and community calls are on Thursdays`);
    if (file && file !== m[1] && !PLACEHOLDER.test(m[1])) problems.push(`the file name says ${file}`);
    if (problems.length === 0) return;
    const fixes: Fix[] = [];
    if (file && file !== m[1] && parseIsoDate(file)?.weekday === 'Thursday') {
      // Past the first slide the date may be a heading the outline shows: changed on request, not by "fix all".
      fixes.push({ title: `Change the date to ${file}`, edits: [{ start, end, newText: file }], preferred: first.index === 0 });
    }
    ctx.report({ start, end, message: `The title date ${m[1]} looks wrong: ${problems.join('; ')}.`, fixes });
  },
};
