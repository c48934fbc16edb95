/**
 * The look HedgeDoc's slide page adds on top of a reveal.js theme (its `slide.css` loads after the theme), plus
 * styles for what only HedgeDoc's page styles: Bootstrap-3 alerts, line-number gutters and embed links.
 */
export const HEDGEDOC_SLIDE_CSS = `
.reveal, .reveal h1, .reveal h2, .reveal h3, .reveal h4, .reveal h5, .reveal h6 {
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji";
}
.reveal h1, .reveal h2, .reveal h3, .reveal h4, .reveal h5, .reveal h6 { text-transform: none; }
.reveal img.emoji {
  display: inline; width: 1.5em; height: 1.5em; margin: 0; vertical-align: middle;
  border: 0; box-shadow: none; background: none;
}
.reveal .alert { padding: 15px; margin-bottom: 20px; border: 1px solid transparent; border-radius: 4px; text-align: left; }
.reveal .alert > p:last-child { margin-bottom: 0; }
.reveal .alert-success { color: #3c763d; background-color: #dff0d8; border-color: #d6e9c6; }
.reveal .alert-info { color: #31708f; background-color: #d9edf7; border-color: #bce8f1; }
.reveal .alert-warning { color: #8a6d3b; background-color: #fcf8e3; border-color: #faebcc; }
.reveal .alert-danger { color: #a94442; background-color: #f2dede; border-color: #ebccd1; }
.reveal pre code .wrapper { display: flex; }
.reveal pre code .gutter.linenumber { text-align: right; padding-right: 0.6em; margin-right: 0.6em; border-right: 1px solid #999; opacity: 0.6; white-space: pre; }
.reveal pre code .gutter.linenumber > span::before { content: attr(data-linenumber); }
.reveal pre code.wrap { white-space: pre-wrap; }
.reveal .embed a { display: inline-block; padding: 0.2em 0.6em; border: 1px dashed currentColor; border-radius: 4px; }
/* reveal.js 3.9.2 (HedgeDoc's) writes a vertical slide's number as 8.2; later versions put spaces and margins
   around the dot. A flex box drops the spaces between its items. */
.reveal .slide-number a { display: inline-flex; }
.reveal .slide-number-delimiter { margin: 0; }
`;
