import { fileNameDate, parseIsoDate } from '../text/callDate';
import type { DeckRule, Fix } from './types';

/** `Community Call</br> 2024-05-30`, `Community Call<br> 2024-05-30` or `Community Call 2024-05-30`. */
export const TITLE_DATE = /Community Call[ \t]*(?:<\/?br[ \t]*\/?>)?[ \t]*(\d{4}-\d{2}-\d{2}|202X-XX-XX)/i;
const PLACEHOLDER = /^202X-XX-XX$/i;

/**
 * The date in the title slide disagrees with the file name (`20240530.md`), is not a Thursday (the day of
 * the call), or is still the template's `202X-XX-XX`. A deck rule because the answer depends on the file's path.
 */
export const titleDate: DeckRule = {
  name: 'title-date',
  description: 'The date in the title disagrees with the file name or is not a Thursday.',
  defaultSeverity: 'warning',
  communityCallOnly: true,
  scope: 'deck',
  check(ctx) {
    const first = ctx.deck.slides[0];
    if (!first) return;
    const m = TITLE_DATE.exec(first.content);
    if (!m) return;
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
      fixes.push({ title: `Change the date to ${file}`, edits: [{ start, end, newText: file }], preferred: true });
    }
    ctx.report({ start, end, message: `The title date ${m[1]} looks wrong: ${problems.join('; ')}.`, fixes });
  },
};
