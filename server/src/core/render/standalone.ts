/**
 * One self-contained HTML file for a rendered deck: reveal.js, its theme, HedgeDoc's overrides and the slides,
 * with every script inline under a nonce and a Content-Security-Policy that allows nothing else to run.
 */
import { allowedOrigins, type RemotePolicy } from '../url/fetchPolicy';
import { sectionAttributes } from './attributeGuard';
import { withoutBlockedFrames } from './frameGuard';
import { bodyFontFace, HEDGEDOC_SLIDE_CSS } from './hedgedocCss';
import { mathJaxAuthorConfig } from './mathjax';
import type { RenderedDeck, RenderedSlide } from './types';

/** What the file embeds, read by the caller (the core does no I/O). */
export interface ExportAssets {
  revealJs: string;
  revealCss: string;
  /** The CSS of `rendered.theme`. */
  themeCss: string;
  /** The code colours HedgeDoc's slide page links after the theme (reveal.js's zenburn). */
  codeCss?: string;
  /** reveal.js's print layout, applied when the page is opened with `?print-pdf`. */
  printCss?: string;
  /** A fresh random value per export (base64 or hex). */
  nonce: string;
  /** Script run before reveal.js starts (the export's image table), as chunks; it must not contain `</script`. */
  preludeScript?: readonly string[];
  /** The diagram libraries the deck uses and the script that draws them (`core/data/diagrams.ts`), in order. */
  diagramScripts?: readonly string[];
  /** MathJax, for a deck with math (`hasMath`); without it the file carries none. */
  math?: MathAssets;
  /** The page's body font as a `data:` URI, for a deck whose diagrams measure in it (`measuresInBody`). */
  bodyFont?: string;
}

/** What the file needs to typeset math offline (`dist/media/mathjax/`). */
export interface MathAssets {
  /** The MathJax bundle (`mathjax.js`): MathJax and every file it may load, no fetching. */
  bundle: string;
  /** The start-up that typesets each slide as it is shown (`export-start.js`). */
  start: string;
  /** The TeX web fonts as `data:` URIs, by font name (`MathJax_Main-Regular`). */
  fonts: Readonly<Record<string, string>>;
}

/**
 * The `<section>` markup reveal.js expects: one per column, nested for vertical stacks, notes in `<aside>`.
 * @example slidesMarkup(renderDeck(deck, opts)) // '<section data-background="…">…</section>…'
 */
export function slidesMarkup(rendered: RenderedDeck): string {
  return slidesChunks(rendered).join('');
}

/** `slidesMarkup` as one chunk per slide: a large deck's markup never has to be one string. */
function slidesChunks(rendered: RenderedDeck): string[] {
  const chunks: string[] = [];
  rendered.columns.forEach((column, c) => {
    if (c > 0) chunks.push('\n');
    if (column.length === 1) chunks.push(sectionMarkup(rendered.slides[column[0]]));
    else {
      chunks.push('<section>\n');
      column.forEach((i, k) => chunks.push((k > 0 ? '\n' : '') + sectionMarkup(rendered.slides[i])));
      chunks.push('\n</section>');
    }
  });
  return chunks;
}

function sectionMarkup(slide: RenderedSlide): string {
  const attrs = [...sectionAttributes(slide.attributes), ['data-slide-index', String(slide.index)]]
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const notes = slide.notes === undefined ? '' : `<aside class="notes">${slide.notes}</aside>`;
  return `<section${attrs}>\n${slide.html}${notes}</section>`;
}

/**
 * The whole page. Opens offline in any browser; `?print-pdf` gives reveal.js's print layout. Its CSP lets it load
 * nothing from the network unless `policy.allowRemote`, and then only https from the public hosts the deck names.
 * @example writeFileSync('deck.html', renderStandaloneHtml(renderDeck(deck, opts), assets))
 */
export function renderStandaloneHtml(rendered: RenderedDeck, assets: ExportAssets, policy: RemotePolicy = { allowRemote: false }): string {
  return standaloneHtmlChunks(rendered, assets, policy).join('');
}

/**
 * `renderStandaloneHtml` as chunks in order, to be written one after the other: a big deck's file can be
 * larger than the longest string JavaScript allows.
 */
export function standaloneHtmlChunks(rendered: RenderedDeck, assets: ExportAssets, policy: RemotePolicy = { allowRemote: false }): string[] {
  const nonce = escapeAttribute(assets.nonce);
  const options = rendered.revealOptions;
  const slides = slidesChunks(withoutBlockedFrames(rendered, policy));
  const csp = contentSecurityPolicy(nonce, allowedOrigins([...slides, JSON.stringify(options)], policy));
  // Like HedgeDoc: `lang` on `.reveal`; right-to-left comes only from reveal.js's `rtl` option, not a `dir` attribute.
  const lang = rendered.lang ? ` lang="${escapeAttribute(rendered.lang)}"` : '';
  const head = `<!DOCTYPE html>
<html${lang}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta http-equiv="x-dns-prefetch-control" content="off">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="scs-deck">
<title>${escapeText(rendered.title)}</title>
<style>${styleText(assets.revealCss)}</style>
<style>${styleText(assets.themeCss)}</style>
${assets.codeCss ? `<style>${styleText(assets.codeCss)}</style>\n` : ''}<style>${HEDGEDOC_SLIDE_CSS}</style>
${assets.bodyFont ? `<style>${bodyFontFace(assets.bodyFont)}</style>\n` : ''}${printScript(nonce, assets.printCss)}</head>
<body>
<div class="reveal"${lang}>
<div class="slides">
`;
  const prelude = assets.preludeScript?.length ? [`<script nonce="${nonce}">`, ...assets.preludeScript.map(scriptText), '</script>\n'] : [];
  const diagrams = (assets.diagramScripts ?? []).map((js) => `<script nonce="${nonce}">${scriptText(js)}</script>\n`).join('');
  const tail = `<script nonce="${nonce}">${scriptText(assets.revealJs)}</script>
${diagrams}${mathScripts(nonce, assets.math)}<script nonce="${nonce}">Reveal.initialize(${scriptText(JSON.stringify(options))});</script>
</body>
</html>
`;
  return [head, ...slides, '\n</div>\n</div>\n', ...prelude, tail];
}

/**
 * MathJax as HedgeDoc's slide page sets it up (its configuration, then MathJax and the configurations it loads),
 * between reveal.js and its start, so the start-up sees reveal.js's first `ready`. The fonts are `data:` URIs,
 * which the CSP's `font-src data:` admits; nothing is fetched.
 */
function mathScripts(nonce: string, math: MathAssets | undefined): string {
  if (!math) return '';
  const config = `window.MathJax=${JSON.stringify(mathJaxAuthorConfig({ fonts: math.fonts }))};`;
  return [config, math.bundle, math.start].map((js) => `<script nonce="${nonce}">${scriptText(js)}</script>\n`).join('');
}

/**
 * reveal.js 3 lays out `?print-pdf` pages only with its print stylesheet in the page, as HedgeDoc adds it. That
 * sheet breaks the page after every slide, the last one too, which prints a blank page at the end.
 */
const LAST_PAGE = '.reveal .slides .pdf-page:last-of-type{page-break-after:avoid}';

function printScript(nonce: string, css: string | undefined): string {
  if (!css) return '';
  const add = `if(/print-pdf/i.test(location.search)){var s=document.createElement("style");s.textContent=${JSON.stringify(css + LAST_PAGE)};document.head.appendChild(s);}`;
  return `<script nonce="${nonce}">${scriptText(add)}</script>\n`;
}

/**
 * Scripts only by nonce; styles only inline (`'unsafe-inline'` admits no URL, so `@import` and `<link>` load
 * nothing); images, media and fonts only as `data:`; no frames, connections, forms or workers. `origins` are the
 * https origins remote content may come from (none unless remote content is allowed).
 */
function contentSecurityPolicy(nonce: string, origins: readonly string[]): string {
  const remote = origins.map((o) => ` ${o}`).join('');
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'unsafe-inline'${remote}`,
    `img-src data:${remote}`,
    `media-src data:${remote}`,
    `font-src data:${remote}`,
    `frame-src ${remote ? remote.trim() : "'none'"}`,
    "child-src 'none'",
    "worker-src 'none'",
    "connect-src 'none'",
    "manifest-src 'none'",
    "object-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** `</script` or `</style` inside inlined code would end the element early. */
function scriptText(js: string): string {
  return js.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
}

function styleText(css: string): string {
  return css.replace(/<\/style/gi, '<\\/style');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
