/** Deck-wide settings HedgeDoc reads from the front matter: reveal.js options, theme, language, direction, title. */
import type { Deck } from '../deck/model';
import { SLIDE_OPTION_NAMES, THEMES } from '../data/slideOptions';

/** HedgeDoc's own defaults, applied before `slideOptions`. */
export const HEDGEDOC_REVEAL_DEFAULTS: Readonly<Record<string, unknown>> = Object.freeze({
  controls: true,
  progress: true,
  slideNumber: true,
  history: true,
  center: true,
  transition: 'none',
});

export interface DeckSettings {
  revealOptions: Record<string, unknown>;
  theme: string;
  lang?: string;
  rtl: boolean;
  parallax?: { image: string; size?: string };
  title: string;
}

/**
 * Merges HedgeDoc's defaults with the allow-listed `slideOptions`; `dir` decides `rtl`; unknown themes become black.
 * @example deckSettings(parseDeck('---\nslideOptions:\n  theme: white\n---\n# A')).theme // 'white'
 */
export function deckSettings(deck: Deck): DeckSettings {
  const meta = deck.frontMatter?.recognised ? asRecord(deck.frontMatter.data) : {};
  const slideOptions = asRecord(meta.slideOptions);
  const revealOptions: Record<string, unknown> = { ...HEDGEDOC_REVEAL_DEFAULTS };
  for (const key of SLIDE_OPTION_NAMES) {
    if (slideOptions[key] !== undefined) revealOptions[key] = slideOptions[key];
  }
  const rtl = meta.dir === 'rtl';
  revealOptions.rtl = rtl;
  const theme = typeof slideOptions.theme === 'string' && THEMES.includes(slideOptions.theme) ? slideOptions.theme : 'black';
  const image = slideOptions.parallaxBackgroundImage;
  const size = slideOptions.parallaxBackgroundSize;
  const settings: DeckSettings = { revealOptions, theme, rtl, title: deckTitle(deck, meta) };
  if (typeof meta.lang === 'string' && meta.lang) settings.lang = meta.lang;
  if (typeof image === 'string' && image) settings.parallax = typeof size === 'string' ? { image, size } : { image };
  return settings;
}

function deckTitle(deck: Deck, meta: Record<string, unknown>): string {
  if (typeof meta.title === 'string' || typeof meta.title === 'number') return String(meta.title);
  for (const slide of deck.slides) {
    const h1 = slide.info.headings.find((h) => h.level === 1);
    if (h1?.text) return h1.text;
  }
  return 'Untitled';
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
