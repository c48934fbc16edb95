/** Renders a parsed deck as HedgeDoc 1.x slide mode shows it. */
import { hashText } from '../deck/hash';
import type { Deck } from '../deck/model';
import { cssSizeValue, cssUrlValue } from './cssValue';
import { deckSettings } from './deckSettings';
import { planRawPass } from './rawPass';
import { RenderCache } from './renderCache';
import { previousIndex } from '../deck/previousIndex';
import { renderSlide, type SlideOutput } from './renderSlide';
import type { RenderedDeck, RenderedSlide, RenderOptions } from './types';

/** reveal.js's `data-background` family on the parallax image: only plain URLs load (no `![](…)`). */
const PLAIN_URL = /^(https?:|\.{0,2}\/|data:image\/|[^\s()[\]!]+$)/i;

/**
 * Renders every slide of `deck` (the split is the parser's). Pass the same `cache` and `options` object on every
 * call for a document: slides whose inputs did not change are not rendered again.
 * @example renderDeck(parseDeck(text), { emojiBase: 'media/emoji' }, cache).slides[0].html
 */
export function renderDeck(deck: Deck, options: RenderOptions, cache: RenderCache = new RenderCache()): RenderedDeck {
  const generation = cache.generation(options);
  const last = cache.last;
  // Where each slide was in the last render, if an edit left it there unchanged (see previousIndex).
  const from = last && deck.slides.map((s, i) => previousIndex((k) => last.contents[k], last.contents.length, i, deck.slides.length, s.content));
  const plans = planRawPass(deck, cache.scans, from);
  const styles: string[] = [];
  const variants: string[] = [];
  const outputs: SlideOutput[] = [];
  const slides: RenderedSlide[] = deck.slides.map((slide, i) => {
    const plan = plans[i];
    const variant = (variants[i] = `${generation}|${plan.key}`);
    const at = from ? from[i] : -1;
    const j = at >= 0 && last!.variants[at] === variant ? at : -1;
    let out: SlideOutput | undefined = j >= 0 ? last!.outputs[j] : cache.get(variant, slide.content);
    if (!out) {
      out = renderSlide(plan.run(slide.content), slide, plan.key === '' || !/^\d/.test(plan.key), options);
      out.hash = hashText(`${variant}|${slide.content}`);
      cache.set(variant, slide.content, out);
    }
    outputs[i] = out;
    styles.push(...out.styles);
    const before = j >= 0 ? last!.rendered[j] : undefined;
    if (before && slide.index !== 0 && before.index === slide.index && before.h === slide.h && before.v === slide.v) return before;
    const html = slide.index === 0 ? metaErrorAlert(deck) + out.html : out.html;
    const rendered: RenderedSlide = { index: slide.index, h: slide.h, v: slide.v, hash: out.hash ?? hashText(`${variant}|${slide.content}`), html, attributes: { ...out.attributes } };
    if (out.notes !== undefined) rendered.notes = out.notes;
    return rendered;
  });
  cache.last = { contents: deck.slides.map((s) => s.content), variants, outputs, rendered: slides };
  cache.rotate();
  const settings = deckSettings(deck);
  const parallax = settings.parallax && resolveParallax(settings.parallax, options);
  // reveal.js writes these into CSS; only the escaped, resolved values reach it.
  delete settings.revealOptions.parallaxBackgroundImage;
  delete settings.revealOptions.parallaxBackgroundSize;
  if (parallax) {
    settings.revealOptions.parallaxBackgroundImage = parallax.image;
    if (parallax.size !== undefined) settings.revealOptions.parallaxBackgroundSize = parallax.size;
  }
  return {
    slides,
    columns: deck.columns.map((column) => column.map((s) => s.index)),
    revealOptions: settings.revealOptions,
    theme: settings.theme,
    lang: settings.lang,
    rtl: settings.rtl,
    parallax,
    styles,
    title: settings.title,
  };
}

/**
 * HedgeDoc keeps front matter that js-yaml cannot load in the body; its meta parser fails on it again and the
 * first slide opens with a warning box naming the error.
 */
function metaErrorAlert(deck: Deck): string {
  const fm = deck.frontMatter;
  if (fm?.problem !== 'yaml-error' || fm.start !== 0) return '';
  const message = (fm.errors[0]?.message ?? 'invalid YAML').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<div id="meta-error" class="alert alert-warning">YAMLException: ${message}</div>`;
}

/** The image as the output loads it, escaped for reveal.js's `url("…")`; a size that is no plain CSS size goes. */
function resolveParallax(parallax: { image: string; size?: string }, options: RenderOptions): { image: string; size?: string } {
  const mapped = PLAIN_URL.test(parallax.image.trim()) ? options.resolveUrl?.(parallax.image, 'background') : undefined;
  const image = cssUrlValue(mapped ?? parallax.image);
  const size = parallax.size === undefined ? undefined : cssSizeValue(parallax.size);
  return size === undefined ? { image } : { image, size };
}

export { RenderCache };
