/**
 * The top-level front-matter keys HedgeDoc 1.x reads. Completion, hover and the front-matter rules all use
 * this one table, so they agree. Any other top-level key is ignored by HedgeDoc.
 */

/** How a value is written in YAML. `mapping` holds nested keys (`slideOptions`, `opengraph`). */
export type FrontMatterValueType = 'string' | 'boolean' | 'enum' | 'mapping';

/**
 * Where the key shows its effect when the note is presented in slide mode:
 * `slides` changes what the audience sees, `page` only the page head or integrations, `none` nothing at all.
 */
export type SlideModeEffect = 'slides' | 'page' | 'none';

export interface FrontMatterKey {
  readonly name: string;
  readonly type: FrontMatterValueType;
  /** Allowed values when `type` is `enum`, or typical values for completion otherwise. */
  readonly values?: readonly string[];
  /** What HedgeDoc does when the key is absent, in words or as YAML. */
  readonly default: string;
  readonly description: string;
  readonly slideMode: SlideModeEffect;
}

export const FRONT_MATTER_KEYS: readonly FrontMatterKey[] = [
  { name: 'title', type: 'string', default: 'the first heading', slideMode: 'page', description: 'Page title in the browser tab and in HedgeDoc\'s note list.' },
  { name: 'description', type: 'string', default: 'none', slideMode: 'page', description: 'Page description for search engines and link previews (`<meta name="description">`).' },
  { name: 'robots', type: 'string', values: ['noindex, nofollow', 'index, follow'], default: 'none', slideMode: 'page', description: 'Robots meta tag for search engines.' },
  { name: 'lang', type: 'string', values: ['en', 'de', 'en-US', 'de-DE'], default: 'en', slideMode: 'slides', description: 'Language code set on `.reveal` (hyphenation, screen readers).' },
  { name: 'dir', type: 'enum', values: ['ltr', 'rtl'], default: 'ltr', slideMode: 'slides', description: 'Text direction. `rtl` sets reveal.js `rtl: true`; any other value forces `rtl: false`, overriding `slideOptions.rtl`.' },
  { name: 'breaks', type: 'boolean', values: ['true', 'false'], default: 'true', slideMode: 'none', description: 'Line breaks as `<br>` in document view. Ignored in slide mode: newlines are always `<br>` there.' },
  { name: 'GA', type: 'string', values: ['UA-XXXXXXXX-X'], default: 'none', slideMode: 'page', description: 'Google Analytics tracking id for the published note.' },
  { name: 'disqus', type: 'string', default: 'none', slideMode: 'page', description: 'Disqus shortname: adds a comment thread to the published note.' },
  { name: 'type', type: 'enum', values: ['slide'], default: 'document', slideMode: 'none', description: '`slide` makes HedgeDoc\'s editor preview show slides. The `/p/` slide URL works without it.' },
  { name: 'tags', type: 'string', values: ['presentation'], default: 'none', slideMode: 'none', description: 'Comma-separated tags for HedgeDoc\'s note list. No effect on slides.' },
  { name: 'opengraph', type: 'mapping', default: 'derived from title and description', slideMode: 'page', description: 'Open Graph meta tags (`title`, `image`, `description`…) for link previews.' },
  { name: 'slideOptions', type: 'mapping', default: 'HedgeDoc\'s reveal.js defaults', slideMode: 'slides', description: 'reveal.js options (theme, transition, size…). Only HedgeDoc\'s allow-list is copied; other keys are ignored.' },
];

const BY_NAME = new Map(FRONT_MATTER_KEYS.map((k) => [k.name, k]));

/**
 * The front-matter key HedgeDoc reads under this exact name (keys are case-sensitive).
 * @example frontMatterKey('slideOptions')?.type // 'mapping'
 */
export function frontMatterKey(name: string): FrontMatterKey | undefined {
  return BY_NAME.get(name);
}

/** The names of all known top-level keys, in table order. */
export const FRONT_MATTER_KEY_NAMES: readonly string[] = FRONT_MATTER_KEYS.map((k) => k.name);
