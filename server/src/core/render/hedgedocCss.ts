/**
 * The look HedgeDoc 1.12's slide page (`/p/<id>`) adds around a reveal.js 3.9.2 theme: the Bootstrap 3 base styles
 * it loads before the theme, its page-wide text settings, its slide stylesheet (loaded after the theme), emojify's
 * emoji size and the line-number gutter. The code colours are reveal.js's zenburn theme, which that page links as
 * well (the build copies it beside the themes). Only what changes a slide is here; the page's footer, tooltips and
 * editor styles are left out.
 */
export const HEDGEDOC_SLIDE_CSS = `
/* The page loads Bootstrap 3's normalize and scaffolding before the theme. ':where' keeps their weight that low:
   every theme rule still wins. */
:where(.reveal), :where(.reveal) *, :where(.reveal) *::before, :where(.reveal) *::after { box-sizing: border-box; }
:where(.reveal) img { border: 0; vertical-align: middle; }
:where(.reveal) hr { box-sizing: content-box; height: 0; margin-top: 20px; margin-bottom: 20px; border: 0; border-top: 1px solid #eee; }
:where(.reveal) sub, :where(.reveal) sup { font-size: 75%; line-height: 0; position: relative; vertical-align: baseline; }
:where(.reveal) sup { top: -0.5em; }
:where(.reveal) sub { bottom: -0.25em; }
:where(.reveal) mark { background: #ff0; color: #000; }
:where(.reveal) small { font-size: 80%; }
:where(.reveal) abbr[title] { border-bottom: 1px dotted; }
:where(.reveal) figure { margin: 0; }
:where(.reveal) pre { overflow: auto; }
:where(.reveal) code, :where(.reveal) kbd, :where(.reveal) pre, :where(.reveal) samp { font-size: 1em; }
:where(.reveal) table { border-collapse: collapse; border-spacing: 0; }
:where(.reveal) td, :where(.reveal) th { padding: 0; }
:where(.reveal) a { color: #337ab7; text-decoration: none; background-color: transparent; }
:where(.reveal) a:hover, :where(.reveal) a:focus { color: #23527c; text-decoration: underline; }
.reveal .pull-right { float: right !important; }
.reveal .pull-left { float: left !important; }
.reveal .hidden, .reveal .hide { display: none !important; }
.reveal .show { display: block !important; }
.reveal .invisible { visibility: hidden; }
.reveal .center-block { display: block; margin-right: auto; margin-left: auto; }
.reveal .text-uppercase { text-transform: uppercase; }

/* The page's body (14px, line-height 1.42857143, letter-spacing 0.025em, a faint text-shadow): the slides inherit
   the line height and, computed on the 14px body, 0.35px of letter-spacing and a 14px shadow. */
:where(.reveal) {
  line-height: 1.42857143;
  letter-spacing: 0.35px;
  text-shadow: 0 0 14px transparent, 1px 1px 1.2px rgba(0, 0, 0, 0.004);
  -webkit-font-smoothing: subpixel-antialiased;
}

/* The page's body text. No slide text is set in it ('.reveal' sets its own font), but mermaid measures its labels
   in helpers appended to the body, which take its font, size and spacing: without them a sequence diagram's rows
   come out 6 px shorter than HedgeDoc's and its columns narrower. (The preview's own panels set their fonts.) */
body { font-family: "Source Sans Pro", Helvetica, Arial, sans-serif; font-size: 14px; line-height: 1.42857143; letter-spacing: 0.025em; }

/* The slide stylesheet. */
.reveal {
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol";
}
.reveal h1, .reveal h2, .reveal h3, .reveal h4, .reveal h5, .reveal h6 { font-family: inherit; text-transform: initial; }
.reveal pre, .reveal code { font-family: Menlo, Monaco, Consolas, "Courier New", monospace; }
@media only screen {
  .reveal .slides, .reveal .backgrounds, .reveal.overview { transform-style: preserve-3d; }
}
.reveal .slides > section, .reveal .slides > section > section { transform-style: flat; }
.reveal.rtl .slides, .reveal.rtl .slides h1, .reveal.rtl .slides h2, .reveal.rtl .slides h3,
.reveal.rtl .slides h4, .reveal.rtl .slides h5, .reveal.rtl .slides h6 { direction: rtl; font-family: inherit; }
.reveal .progress, .reveal .slide-number, .reveal .playback, .reveal .controls { position: absolute; }

/* Emoji: emojify's size, and no theme image frame. */
.reveal .emoji { width: 1.5em; height: 1.5em; display: inline-block; background-size: contain; }
.reveal .emoji {
  margin: 0 !important; background: transparent !important; border: none !important; box-shadow: none !important;
  margin-bottom: -.25em !important;
}

/* Alert boxes (:::success and the others): HedgeDoc's colours; the slide page loads no Bootstrap, so no padding. */
.reveal .alert { border-radius: 4px; }
.reveal .alert h4 { margin-top: 0; color: inherit; }
.reveal .alert > p { padding: 5px !important; }
.reveal .alert-success { color: #3c763d; background-color: #dff0d8; border-color: #d6e9c6; }
.reveal .alert-success hr { border-top-color: #c9e2b3; }
.reveal .alert-success .alert-link { color: #2b542c; }
.reveal .alert-info { color: #31708f; background-color: #d9edf7; border-color: #bce8f1; }
.reveal .alert-info hr { border-top-color: #a6e1ec; }
.reveal .alert-info .alert-link { color: #245269; }
.reveal .alert-warning { color: #8a6d3b; background-color: #fcf8e3; border-color: #faebcc; }
.reveal .alert-warning hr { border-top-color: #f7e1b5; }
.reveal .alert-warning .alert-link { color: #66512c; }
.reveal .alert-danger { color: #a94442; background-color: #f2dede; border-color: #ebccd1; }
.reveal .alert-danger hr { border-top-color: #e4b9c0; }
.reveal .alert-danger .alert-link { color: #843534; }

/* Drawn diagrams (media/src/diagrams/): the slide stylesheet's rules, with its selectors and weight. */
pre.flow-chart, pre.sequence-diagram, pre.graphviz, pre.mermaid, pre.abc {
  text-align: center; background-color: white; border-radius: 0; white-space: inherit;
}
pre.flow-chart > code, pre.sequence-diagram > code, pre.graphviz > code, pre.mermaid > code, pre.abc > code { text-align: left; }
pre.flow-chart > svg, pre.sequence-diagram > svg, pre.graphviz > svg, pre.mermaid > svg, pre.abc > svg { max-width: 100%; height: 100%; }
/* The page's old mermaid stylesheet: only its !important colours still beat the styles mermaid 9 puts in each SVG. */
.mermaid .cluster rect { fill: #ffffde !important; rx: 4 !important; stroke: #aaaa33 !important; stroke-width: 1px !important; }
.mermaid #crosshead path { fill: #333 !important; stroke: #333 !important; }
.mermaid .activeText0, .mermaid .activeText1, .mermaid .activeText2, .mermaid .activeText3,
.mermaid .doneText0, .mermaid .doneText1, .mermaid .doneText2, .mermaid .doneText3,
.mermaid .doneCritText0, .mermaid .doneCritText1, .mermaid .doneCritText2, .mermaid .doneCritText3,
.mermaid .activeCritText0, .mermaid .activeCritText1, .mermaid .activeCritText2, .mermaid .activeCritText3 { fill: black !important; }

/* Fences with =, =N or =+: a gutter of line numbers beside the code. */
.reveal pre code .wrapper { display: inline-flex; }
.reveal pre code .gutter { float: left; overflow: hidden; user-select: none; }
.reveal pre code .gutter.linenumber {
  text-align: right; position: relative; display: inline-block; cursor: default; z-index: 4;
  padding: 0 8px 0 0; min-width: 20px; box-sizing: content-box;
  color: #afafaf !important; border-right: 3px solid #6ce26c !important;
}
.reveal pre code .gutter.linenumber > span::before { content: attr(data-linenumber); }
.reveal pre code .code { float: left; margin: 0 0 0 16px; }

/* Embeds HedgeDoc draws from {%youtube …%} and friends; here a link to the content. */
.reveal .embed a { display: inline-block; padding: 0.2em 0.6em; border: 1px dashed currentColor; border-radius: 4px; }
`;

/**
 * The body font's face as reveal.js 3.9.2's black and white themes import it (its regular cut, the one a page
 * without bold or italic body text loads), at `url`: a webview URL in the preview, a `data:` URI in an export.
 */
export const BODY_FONT = { family: 'Source Sans Pro', file: 'source-sans-pro-regular.woff' } as const;

export function bodyFontFace(url: string): string {
  return `@font-face { font-family: '${BODY_FONT.family}'; src: url(${url}) format('woff'); font-weight: normal; font-style: normal; }\n`;
}
