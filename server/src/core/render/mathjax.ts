/**
 * HedgeDoc 1.12's math: markdown-it-mathjax 2.0.0 with HedgeDoc's wrappers (`public/js/extra.js`), and the
 * MathJax 2.7.9 configuration its slide page sets before loading MathJax (`public/js/mathjax-config-extra.js`,
 * then `config/TeX-AMS-MML_HTMLorMML.js` and `config/Safe.js`, `public/views/slide.ejs`). HedgeDoc typesets
 * every `span.mathjax.raw` of a slide when the slide is first shown (`finishView`), all of them in print view.
 */

/** The markup markdown-it-mathjax writes around each formula: a span MathJax finds, with TeX's own delimiters inside. */
export const MATH_MARKUP = {
  beforeMath: '<span class="mathjax raw">',
  afterMath: '</span>',
  beforeInlineMath: '<span class="mathjax raw">\\(',
  afterInlineMath: '\\)</span>',
  beforeDisplayMath: '<span class="mathjax raw">\\[',
  afterDisplayMath: '\\]</span>',
} as const;

/** `window.MathJax` as HedgeDoc sets it before MathJax.js runs. */
export const MATHJAX_CONFIG = {
  messageStyle: 'none',
  skipStartupTypeset: true,
  tex2jax: {
    inlineMath: [
      ['$', '$'],
      ['\\(', '\\)'],
    ],
    processEscapes: true,
  },
} as const;

/** The combined configurations HedgeDoc's slide page loads after MathJax.js, in order. */
export const MATHJAX_CONFIG_FILES = ['config/TeX-AMS-MML_HTMLorMML.js', 'config/Safe.js'] as const;

/**
 * What else of MathJax 2.7.9 (the npm package's packed files) HedgeDoc's configuration can load after start-up, in
 * Chromium: the HTML-CSS output with its TeX font data (not the IE-only `WinIE6`), its autoloaded parts, the
 * operator dictionary, the TeX extensions that macros and `\require` pull in, the Safe extension and the menu's
 * help. The combined configuration holds the rest (input, preview, menus, accessibility menu).
 */
export const MATHJAX_PARTS = {
  files: ['jax/output/HTML-CSS/jax.js', 'extensions/Safe.js', 'extensions/HelpDialog.js'],
  folders: ['jax/output/HTML-CSS/autoload', 'jax/output/HTML-CSS/fonts/TeX', 'jax/element/mml/optable', 'extensions/TeX'],
  skip: ['jax/output/HTML-CSS/fonts/TeX/WinIE6'],
  /** The TeX web fonts (woff), which the HTML-CSS output loads by name as glyphs need them. */
  fonts: 'fonts/HTML-CSS/TeX/woff',
} as const;

/**
 * Where the preview and the export depart from HedgeDoc's configuration, because they work offline with only the
 * TeX web fonts on board: MathJax would use STIX or TeX fonts installed on the machine first (whose metrics data
 * is not shipped) and fall back to image fonts (not shipped either). HedgeDoc's own server serves the TeX web
 * fonts too, so on a machine without those local fonts (the usual case) both draw the same glyphs.
 */
export const OFFLINE_CONFIG = {
  'HTML-CSS': { availableFonts: [] as string[], imageFont: null },
} as const;

/** Where the web fonts come from: a folder URL (`<name>.woff` in it) or a table of `data:` URIs by font name. */
export interface MathFonts {
  fontBase?: string;
  fonts?: Readonly<Record<string, string>>;
}

/**
 * The `window.MathJax` object set before the MathJax bundle runs (`scripts/build.mjs` writes the bundle; its
 * loader reads `scs`): HedgeDoc's configuration, the offline changes, and the fonts.
 * @example mathJaxAuthorConfig({ fontBase: 'https://…/media/mathjax/fonts' }).messageStyle // 'none'
 */
export function mathJaxAuthorConfig(fonts: MathFonts): Record<string, unknown> {
  return { ...MATHJAX_CONFIG, ...OFFLINE_CONFIG, scs: fonts };
}

/** A span HedgeDoc typesets: `span.mathjax.raw`, whichever order the classes come in. */
const MATH_SPAN = /<span\s[^>]*?\bclass="(?=[^"]*\bmathjax\b)(?=[^"]*\braw\b)[^"]*"/i;

/**
 * Whether rendered slide HTML holds math MathJax would typeset (the export embeds MathJax only then).
 * @example hasMath('<p><span class="mathjax raw">\\(x\\)</span></p>') // true
 */
export function hasMath(html: string | undefined): boolean {
  return html !== undefined && html.includes('mathjax') && MATH_SPAN.test(html);
}
