import table from './emoji.json';

/**
 * The emoji HedgeDoc 1.x renders: exactly the 881 names of emojify.js 1.1.0 (matched case-insensitively),
 * each shown as that package's PNG. The value is a Unicode glyph for completion and hover, or '' where the
 * name has none (`:shipit:`, `:trollface:`…). Names outside this table stay literal text on the slide.
 */
export const EMOJI: ReadonlyMap<string, string> = new Map(Object.entries(table as Record<string, string>));

/**
 * Where the image of `:name:` lives under `base`. The extension ships emojify.js's images re-encoded as WebP
 * (a quarter of the PNGs' size, the same look at slide sizes); HedgeDoc serves the PNGs.
 * @example emojiImagePath('emoji', 'tada') // 'emoji/tada.webp'
 */
export function emojiImagePath(base: string, name: string): string {
  return `${base}/${name}.webp`;
}

/**
 * The emoji whose image `url` is under `base` (the inverse of emojiImagePath), else undefined: a deck may write
 * other paths under that prefix, which are ordinary (checked) files.
 * @example emojiOfImage('emoji/tada.webp', 'emoji') // 'tada'
 */
export function emojiOfImage(url: string, base: string): string | undefined {
  if (!url.startsWith(`${base}/`)) return undefined;
  const name = /^[\w+-]+/.exec(url.slice(base.length + 1))?.[0];
  return name && EMOJI.has(name) && emojiImagePath(base, name) === url ? name : undefined;
}

/** Whether HedgeDoc renders `:name:` as an emoji. */
export function isHedgeDocEmoji(name: string): boolean {
  return EMOJI.has(name.toLowerCase());
}
