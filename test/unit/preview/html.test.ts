import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildPreviewHtml, makeNonce, previewCsp, themeOrBlack } from '../../../client/src/preview/html';

const input = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'n0nce', mediaBase: 'https://w/ext/dist/media' };

describe('preview HTML shell', () => {
  it('allows scripts only by nonce, never eval or inline handlers', () => {
    const csp = previewCsp(input.cspSource, 'n0nce');
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /script-src 'nonce-n0nce'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-eval/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
    assert.match(csp, /img-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net https: data:/);
    assert.match(csp, /style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net 'unsafe-inline'/);
  });

  it('has a Stop presenting button, hidden until Present, and toolbar buttons that stand out on a white slide', () => {
    assert.match(buildPreviewHtml(input), /<button id="scs-stop-present" type="button"[^>]* hidden>Stop presenting<\/button>/);
    const css = readFileSync(join(__dirname, '../../../media/preview.css'), 'utf8');
    const toolbar = /#scs-toolbar \{[^}]*opacity: ([\d.]+)/.exec(css);
    assert.ok(toolbar && Number(toolbar[1]) >= 0.7, 'the idle toolbar is not faded out');
    assert.match(css, /#scs-toolbar button, #scs-notes button \{[^}]*box-shadow:/);
    assert.match(css, /aria-pressed="true"\] \{[^}]*color: var\(--vscode-button-secondaryForeground/);
  });

  it('tags every script with the nonce and loads reveal.js and the preview script from dist/media', () => {
    const html = buildPreviewHtml(input);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.equal(scripts.length, 2);
    for (const s of scripts) assert.match(s, /nonce="n0nce"/);
    assert.match(html, /src="https:\/\/w\/ext\/dist\/media\/reveal\/reveal\.js"/);
    assert.match(html, /src="https:\/\/w\/ext\/dist\/media\/preview\.js"/);
    assert.match(html, /http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;|http-equiv="Content-Security-Policy" content="default-src 'none'/);
  });

  it('starts with the black theme unless told otherwise, and only HedgeDoc themes', () => {
    assert.match(buildPreviewHtml(input), /theme\/black\.css/);
    assert.match(buildPreviewHtml({ ...input, theme: 'white' }), /theme\/white\.css/);
    assert.equal(themeOrBlack('dracula'), 'black');
    assert.equal(themeOrBlack('../../x'), 'black');
  });

  it('escapes the media base, and loads the HedgeDoc slide CSS after the theme', () => {
    const html = buildPreviewHtml({ ...input, mediaBase: 'https://w/"><script>x</script>' });
    // The media base stays inside its attributes.
    assert.doesNotMatch(html, /"><script>/);
    assert.match(buildPreviewHtml(input), /theme\/black\.css">\n<link rel="stylesheet" href="[^"]*\/zenburn\.css">\n<link rel="stylesheet" href="[^"]*\/hedgedoc-slide\.css">/);
    assert.equal((html.match(/<script nonce=/g) ?? []).length, 2);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const a = makeNonce(randomBytes);
    assert.match(a, /^[A-Za-z0-9_-]{22}$/);
    assert.notEqual(a, makeNonce(randomBytes));
  });
});
