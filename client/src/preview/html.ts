/**
 * The preview webview's HTML: a fixed shell that is set once per webview. Slides arrive later by message
 * and are patched in, so `webview.html` is never replaced per keystroke. Pure: no `vscode`.
 */

export interface PreviewHtmlInput {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** Fresh per HTML document; only scripts carrying it run. */
  readonly nonce: string;
  /** Webview URI of the extension's `dist/media` folder, without a trailing slash. */
  readonly mediaBase: string;
  /** reveal.js theme to load first (the deck's arrives with the first render). */
  readonly theme?: string;
}

/** The 11 themes HedgeDoc 1.x offers; anything else falls back to black, as HedgeDoc does. */
export const THEMES = ['beige', 'black', 'blood', 'league', 'moon', 'night', 'serif', 'simple', 'sky', 'solarized', 'white'];

export function themeOrBlack(theme: string | undefined): string {
  return theme && THEMES.includes(theme) ? theme : 'black';
}

/**
 * Content-Security-Policy of the preview: nothing by default, images from the extension/deck folders,
 * https and data:, inline styles (decks carry `<style>` blocks), and only our nonce-tagged scripts,
 * so script tags or handlers that a deck smuggles past the sanitiser still cannot run. The diagram libraries
 * (`dist/media/diagrams/`) and, for a deck with math, MathJax are added later by `preview.js` with the same nonce;
 * none of them needs `unsafe-eval`, and MathJax fetches nothing else but its web fonts (`font-src`).
 * @example previewCsp('https://x.vscode-cdn.net', 'abc') // "default-src 'none'; img-src https://x… https: data:; …"
 */
export function previewCsp(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} https: data:`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${cspSource} data:`,
    `media-src ${cspSource} https:`,
  ].join('; ');
}

/** A random nonce (base64url, 128 bits) from the given byte source. */
export function makeNonce(randomBytes: (n: number) => Uint8Array): string {
  return Buffer.from(randomBytes(16)).toString('base64url');
}

/**
 * @example buildPreviewHtml({ cspSource, nonce, mediaBase: 'https://…/dist/media' })
 */
export function buildPreviewHtml(input: PreviewHtmlInput): string {
  const { nonce } = input;
  const media = escapeAttr(input.mediaBase);
  const theme = themeOrBlack(input.theme);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(previewCsp(input.cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${media}/reveal/reveal.css">
<link rel="stylesheet" id="scs-theme" href="${media}/reveal/theme/${theme}.css">
<link rel="stylesheet" href="${media}/reveal/zenburn.css">
<link rel="stylesheet" href="${media}/hedgedoc-slide.css">
<link rel="stylesheet" href="${media}/preview.css">
<title>SCS Deck Preview</title>
</head>
<body data-media-base="${media}">
<div class="reveal"><div class="slides"></div></div>
<div id="scs-deck-styles"></div>
<div id="scs-toolbar" role="toolbar" aria-label="Preview">
<button id="scs-lock" type="button" title="Lock: stop following the editor cursor" aria-pressed="false">Following</button>
<button id="scs-notes-toggle" type="button" title="Speaker notes and timer (N)" aria-pressed="false">Notes</button>
<button id="scs-stop-present" type="button" title="Stop presenting: restore the editor layout" hidden>Stop presenting</button>
</div>
<aside id="scs-notes" hidden aria-live="polite"><header><span id="scs-timer">00:00</span><button id="scs-timer-reset" type="button" title="Restart the timer">Restart</button></header><div id="scs-notes-body"></div></aside>
<div id="scs-message" hidden></div>
<script nonce="${nonce}" src="${media}/reveal/reveal.js"></script>
<script nonce="${nonce}" src="${media}/preview.js"></script>
</body>
</html>`;
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
