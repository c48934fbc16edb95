/** Where a pulled deck goes: `community-call/YYYYMMDD.md`, the date taken from the title slide. Pure. */
import { TITLE_DATE } from '../core/rules/titleDate';

const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/**
 * `YYYYMMDD.md` from the title's date (`Community Call</br> 2024-05-30`), else from the first ISO date in the
 * first heading or `title:` line; undefined when there is none.
 * @example deckFileNameFromTitle('# SCS Community Call</br> 2024-05-30') // '20240530.md'
 */
export function deckFileNameFromTitle(markdown: string): string | undefined {
  const head = markdown.slice(0, 4000);
  const m = TITLE_DATE.exec(head);
  const date = m && ISO.test(m[1]) ? m[1] : firstHeadingDate(head);
  return date ? `${date.replace(/-/g, '')}.md` : undefined;
}

function firstHeadingDate(text: string): string | undefined {
  for (const line of text.split('\n')) {
    if (/^\s*(#{1,6}\s|title:)/i.test(line)) {
      const m = ISO.exec(line);
      if (m) return m[0];
    }
  }
  return undefined;
}
