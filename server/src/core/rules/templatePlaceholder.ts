import { maskCode } from '../text/codeMask';
import type { SlideRule } from './types';

interface Placeholder {
  /** Group 1, when present, is the placeholder; otherwise the whole match. */
  readonly pattern: RegExp;
  /** What to tell the author, after "Template placeholder …". */
  readonly hint: string;
}

/**
 * The template's stand-ins, matched as the template writes them: whole list items or heading endings,
 * so real prose ("One more thing", "a new topic came up") stays silent. Patterns anchor at line starts
 * instead of using look-behinds, which would cost a scan back to the line start at every position.
 */
const PLACEHOLDERS: readonly Placeholder[] = [
  { pattern: /202X-XX-XX/gi, hint: 'put in the date of the call' },
  { pattern: /https?:\/\/github\.com\/todo\b/g, hint: 'link the presenter\'s or reporter\'s GitHub profile' },
  { pattern: /(?<![\w./-])@todo\b/g, hint: 'name the GitHub handle' },
  { pattern: /^#{1,6}[ \t][^\n]*?\b(Another new topic|A new topic)[ \t]*$/gm, hint: 'give the topic a title' },
  { pattern: /^[ \t]*[*+-][ \t]+(Subtopic [12])[ \t]*$/gm, hint: 'write the subtopic or remove it' },
  { pattern: /^[ \t]*[*+-][ \t]+(One|Two|Three)[ \t]*$/gm, hint: 'replace the bullet skeleton with content' },
  { pattern: /^[ \t]*(?:[*+-][ \t]+)?([123]\. (?:First|Second|Third) aspect)[ \t]*$/gm, hint: 'replace the numbered skeleton with content' },
  { pattern: /Eventname \d+ - Topic/g, hint: 'name the event and its topic' },
  { pattern: /(?:https?:\/\/)?(?:www\.)?yolobanana\.de[^\s"')>]*/g, hint: 'replace the example link with the real one' },
];
/** The title's date placeholder is title-date's: it knows the file name and can fill in the date. */
const TITLE_BEFORE = /Community Call[ \t]*(?:<\/?br[ \t]*\/?>)?[ \t]*$/i;

/** Cheap pre-check: every placeholder contains one of these. */
const NEEDLES = ['202X', 'todo', 'new topic', 'Subtopic', 'One', 'Two', 'Three', 'aspect', 'Eventname', 'yolobanana'];

/**
 * Template placeholders left in a community-call deck (`202X-XX-XX`, `@todo`, `A new topic`, `Subtopic 1`,
 * the `One`/`Two`/`Three` skeleton, `Eventname 1 - Topic`, the yolobanana.de example link).
 */
export const templatePlaceholder: SlideRule = {
  name: 'template-placeholder',
  description: 'A placeholder from the community-call template was left in the deck.',
  defaultSeverity: 'warning',
  communityCallOnly: true,
  scope: 'slide',
  check(ctx) {
    const content = ctx.slide.content;
    if (!NEEDLES.some((n) => content.includes(n))) return;
    const text = maskCode(content, { comments: true });
    const found: { start: number; end: number; message: string }[] = [];
    for (const { pattern, hint } of PLACEHOLDERS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const value = m[1] ?? m[0];
        const start = m.index + m[0].lastIndexOf(value);
        if (value.startsWith('202') && TITLE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
        found.push({ start, end: start + value.length, message: `Template placeholder "${value}" left in: ${hint}.` });
      }
    }
    for (const r of found.sort((a, b) => a.start - b.start)) ctx.report(r);
  },
};
