/**
 * The render API: a parsed `Deck` in, the slides HedgeDoc 1.x would show out (HTML strings, reveal.js
 * options, styles). Pure: URLs are mapped through `resolveUrl`, nothing is read or fetched.
 *
 * Entry point (`./index`): `renderDeck(deck: Deck, options: RenderOptions, cache?: RenderCache): RenderedDeck`.
 * Keep one `RenderCache` per document and pass it on every call: a re-render after one edit renders one slide.
 */
import type { Deck } from '../deck/model';

/** What the caller decides about the output environment (preview webview, exported file, tests). */
export interface RenderOptions {
  /**
   * Map a URL found in the deck to what the output should load (preview: webview URIs; export: data: URIs).
   * Return undefined to keep it. Called after HedgeDoc's sanitiser, so emptied URLs never reach it.
   * @example resolveUrl: (url, kind) => kind === 'image' && url.startsWith('./') ? webviewUri(url) : undefined
   */
  resolveUrl?(url: string, kind: 'image' | 'link' | 'background'): string | undefined;
  /** Where emoji images live, e.g. `<base>/emoji/tada.webp` for `emojiBase: '<base>/emoji'`. */
  emojiBase: string;
}

export interface RenderedSlide {
  /** Same as `Slide.index`/`h`/`v` of the parsed deck. */
  index: number;
  h: number;
  v: number;
  /** Hash of the slide's render inputs: equal hashes mean equal `html`, `attributes` and `notes`. */
  hash: string;
  /** Inner HTML of the slide's `<section>` (notes excluded). */
  html: string;
  /** Attributes for the slide's own `<section>` from `<!-- .slide: -->` (only data-*, id, class, style). */
  attributes: Record<string, string>;
  /** Speaker notes as HTML, for `<aside class="notes">` (only when the slide has exactly one `note:` line). */
  notes?: string;
}

export interface RenderedDeck {
  slides: RenderedSlide[];
  /** Slide indices per reveal.js column (horizontal slide with its vertical children). */
  columns: number[][];
  /** HedgeDoc's defaults merged with the allow-listed `slideOptions` (theme, parallax and rtl resolved). */
  revealOptions: Record<string, unknown>;
  /** One of HedgeDoc's 11 themes (`black` when the deck asks for another). */
  theme: string;
  lang?: string;
  rtl: boolean;
  parallax?: { image: string; size?: string };
  /** CSS text of the `<style>` blocks in the slides, in document order, as HedgeDoc applies them globally. */
  styles: string[];
  /** Page title: front matter `title`, else the first heading, else 'Untitled'. */
  title: string;
}

export type { Deck };
