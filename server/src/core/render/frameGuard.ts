/**
 * Frames the export's CSP blocks still make Chromium open a connection to their host before the check. So frame
 * URLs the fetch policy refuses (all of them offline) leave the markup: iframe `src`/`data-src`,
 * `data-background-iframe`, and links reveal.js would preview in an iframe (`previewLinks`, `data-preview-link`).
 */
import { parseHtml, walkElements } from './parseHtml';
import { serializeHtml } from './serializeHtml';
import { mayFetchRemote, type RemotePolicy } from '../url/fetchPolicy';
import type { RenderedDeck, RenderedSlide } from './types';

const MAY_HOLD_FRAMES = /<iframe|<a\s|data-preview-link|data-background-iframe/i;

/**
 * The deck with every frame URL the policy refuses taken out.
 * @example withoutBlockedFrames(deck, { allowRemote: false }).slides[0].html // '<iframe></iframe>' for <iframe src="https://…">
 */
export function withoutBlockedFrames(rendered: RenderedDeck, policy: RemotePolicy): RenderedDeck {
  const check: Check = { allowed: (url) => mayFetchRemote(url.trim(), policy), previewLinks: rendered.revealOptions.previewLinks === true };
  return { ...rendered, slides: rendered.slides.map((slide) => guardSlide(slide, check)) };
}

interface Check {
  allowed(url: string): boolean;
  /** reveal.js's `previewLinks`: every link opens in an iframe. */
  previewLinks: boolean;
}

function guardSlide(slide: RenderedSlide, check: Check): RenderedSlide {
  const attributes = { ...slide.attributes };
  guardAttributes('section', attributes, check);
  const out: RenderedSlide = { ...slide, attributes, html: guardHtml(slide.html, check) };
  if (slide.notes !== undefined) out.notes = guardHtml(slide.notes, check);
  return out;
}

function guardHtml(html: string, check: Check): string {
  if (!MAY_HOLD_FRAMES.test(html)) return html;
  // The parse and the writer the renderer uses: linear in the nesting depth, which a deck controls.
  const doc = parseHtml(html);
  walkElements(doc, (el) => guardAttributes(el.name, el.attribs, check));
  return serializeHtml(doc.children);
}

function guardAttributes(tag: string, attrs: Record<string, string>, { allowed, previewLinks }: Check): void {
  if (tag === 'iframe') {
    for (const name of ['src', 'data-src']) if (attrs[name] !== undefined && !allowed(attrs[name])) delete attrs[name];
  }
  if (attrs['data-background-iframe'] !== undefined && !allowed(attrs['data-background-iframe'])) delete attrs['data-background-iframe'];
  const preview = attrs['data-preview-link'];
  // reveal.js previews the attribute's URL when it starts with http, else the link's href.
  const target = preview !== undefined && /^http/.test(preview) ? preview : attrs.href;
  if (preview !== undefined && preview !== 'false' && !(target && allowed(target))) {
    if (tag === 'a') attrs['data-preview-link'] = 'false';
    else delete attrs['data-preview-link'];
  }
  // With `previewLinks: true` every link is previewed unless it says `data-preview-link="false"`.
  if (previewLinks && tag === 'a' && attrs.href !== undefined && preview === undefined && !allowed(attrs.href)) attrs['data-preview-link'] = 'false';
}
