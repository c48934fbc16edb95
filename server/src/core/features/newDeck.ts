/**
 * Starting next week's deck: the date (calls are on Thursdays), the file name and the text from the template.
 * Pure: the CLI and the extension do the file system work and never overwrite a file.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const THURSDAY = 4;

/**
 * The first Thursday on or after `today` whose deck does not exist yet (the call of the day counts, so a deck
 * started on the morning of the call gets that day).
 * @example nextCallDate(new Date('2026-11-23'), () => false) // '2026-11-26'
 */
export function nextCallDate(today: Date, exists: (fileName: string) => boolean = () => false): string {
  const d = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  d.setUTCDate(d.getUTCDate() + ((THURSDAY - d.getUTCDay() + 7) % 7));
  for (let i = 0; i < 52 && exists(deckFileName(isoDate(d))); i++) d.setUTCDate(d.getUTCDate() + 7);
  return isoDate(d);
}

/** `YYYY-MM-DD` of a UTC date. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export interface DateCheck {
  /** Set when the date cannot be used. */
  readonly error?: string;
  /** Set when the date is valid but unusual (not a Thursday). */
  readonly warning?: string;
}

/**
 * Checks a date typed by the author.
 * @example checkCallDate('2026-11-27').warning // '2026-11-27 is a Friday; community calls are on Thursdays.'
 */
export function checkCallDate(value: string): DateCheck {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return { error: 'Use the form YYYY-MM-DD, e.g. 2026-11-26.' };
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (isoDate(d) !== value.trim()) return { error: `${value.trim()} is not a calendar date.` };
  if (d.getUTCDay() !== THURSDAY) {
    const day = d.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });
    return { warning: `${value.trim()} is a ${day}; community calls are on Thursdays.` };
  }
  return {};
}

/** @example deckFileName('2026-11-26') // '20261126.md' */
export function deckFileName(date: string): string {
  return `${date.replace(/-/g, '')}.md`;
}

/**
 * The new deck's text: the template with its date placeholder (`202X-XX-XX`) set and its known defect repaired
 * (quoted colours in the style block, which browsers ignore). Every other placeholder (`@todo`, `A new topic`…)
 * stays for the author to fill, and the linter points at what is left.
 * @example newDeckText('## Call 202X-XX-XX', '2026-11-26') // '## Call 2026-11-26'
 */
export function newDeckText(template: string, date: string): string {
  return template.replace(/202X-XX-XX/g, date).replace(STYLE_BLOCK, (block) => block.replace(QUOTED_COLOUR, '$1$3'));
}

const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style>/gi;
/** `color: "#50c3a5"`, as the SCS template writes it: a string is not a colour. */
const QUOTED_COLOUR = /(\b(?:background-)?color\s*:\s*)(["'])(#[0-9a-f]{3,8}|[a-z]+)\2/gi;
