import type { Deck, Slide, SlideInfo } from '../deck/model';
import { fileNameDate } from '../text/callDate';
import { isTemplateDeck } from './templateDeck';
import type { DeckRule } from './types';

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

/** The call's date in the title slide, for decks whose file name carries none. */
const TITLE_DATE = /Community Call[^\n]*?(\d{4}-\d{2}-\d{2})/i;

interface Found {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly hint: string;
}

/**
 * Template placeholders left in a community-call deck (`202X-XX-XX`, `@todo`, `A new topic`, `Subtopic 1`,
 * the `One`/`Two`/`Three` skeleton, `Eventname 1 - Topic`, the yolobanana.de example link). Never in the
 * template itself. While the call is still ahead a fresh deck is full of them by design: then each section
 * (column) gets one information-level note instead of a warning per placeholder. On the day of the call and
 * after, every placeholder is a warning.
 */
export const templatePlaceholder: DeckRule = {
  name: 'template-placeholder',
  description: 'A placeholder from the community-call template was left in the deck.',
  defaultSeverity: 'warning',
  communityCallOnly: true,
  scope: 'deck',
  check(ctx) {
    if (isTemplateDeck(ctx.path, ctx.templatePath)) return;
    const date = callDate(ctx.deck, ctx.path);
    const ahead = !!date && date > (ctx.today ?? localToday());
    let column: { h: number; found: Found[] } | undefined;
    const flush = () => {
      if (!column?.found.length) return;
      const [first] = column.found;
      const n = column.found.length;
      const what = n === 1 ? `Template placeholder "${first.value}"` : `${n} template placeholders (first "${first.value}")`;
      ctx.report({ start: first.start, end: first.end, severity: 'info', message: `${what} left in this section: fill in before the call on ${date}.` });
    };
    for (const slide of ctx.deck.slides) {
      const found = placeholders(slide);
      if (!ahead) {
        for (const f of found) ctx.report({ start: f.start, end: f.end, message: `Template placeholder "${f.value}" left in: ${f.hint}.` });
        continue;
      }
      if (column?.h !== slide.h) {
        flush();
        column = { h: slide.h, found: [] };
      }
      column.found.push(...found);
    }
    flush();
  },
};

/** The placeholders of one slide, in deck-text offsets and in order. */
function placeholders(slide: Slide): Found[] {
  let found = bySlide.get(slide.info);
  if (!found) bySlide.set(slide.info, (found = scan(slide.content, slide.info)));
  const base = slide.contentStart;
  return found.length === 0 ? found : found.map((f) => ({ ...f, start: base + f.start, end: base + f.end }));
}

/**
 * Placeholders found per slide text, in slide-content offsets. A deck rule runs on every lint, but the parse
 * keeps a slide's `info` while its text is unchanged, so a keystroke rescans one slide.
 */
const bySlide = new WeakMap<object, Found[]>();

function scan(content: string, info: SlideInfo): Found[] {
  if (!NEEDLES.some((n) => content.includes(n))) return [];
  const text = info.structure.masked;
  const found: Found[] = [];
  for (const { pattern, hint } of PLACEHOLDERS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const value = m[1] ?? m[0];
      const start = m.index + m[0].lastIndexOf(value);
      if (value.startsWith('202') && TITLE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
      found.push({ start, end: start + value.length, value, hint });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The date of the call: from the file name (`20240530.md`), else from the title slide. */
function callDate(deck: Deck, path: string | undefined): string | undefined {
  return fileNameDate(path) ?? (deck.slides[0] && TITLE_DATE.exec(deck.slides[0].content)?.[1]);
}

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
