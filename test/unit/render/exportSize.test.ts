import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { renderStandaloneHtml, standaloneHtmlChunks } from '../../../server/src/core/render';
import { exportHtml } from '../../../server/src/export/exportHtml';
import { InlineAssets, PLACEHOLDER_PREFIX } from '../../../server/src/export/inlineAssets';
import { findMedia } from '../../../server/src/export/media';
import { FIXTURES, render } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'scs-deck-size-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const logo = readFileSync(join(FIXTURES, 'uploads/local.png'));
writeFileSync(join(dir, 'logo.png'), logo);
const deckPath = join(dir, 'deck.md');

/** `n` uses each of two emoji and one local image, spread over slides of 100 lines. */
function deck(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`${i % 100 === 0 ? '\n---\n\n' : ''}:tada: :rocket: ![l](./logo.png)`);
  return `---\ntitle: Size\ntype: slide\n---\n\n# Many images\n${lines.join('\n')}\n`;
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('export size: each distinct image is embedded once', () => {
  it('grows by a few hundred bytes per use, however large the image', (t) => {
    const media = findMedia();
    if (!media) return t.skip('media not built');
    const one = exportHtml(deck(1), { deckPath, media }).html;
    const many = exportHtml(deck(2000), { deckPath, media });
    const tada = readFileSync(join(media.emojiDir, 'tada.webp')).toString('base64');
    assert.equal(count(many.html, tada), 1, 'the emoji data URI appears once');
    assert.equal(count(many.html, logo.toString('base64')), 1, 'the local image appears once');
    // Three images per line: the markup of each use (an <img> with a short placeholder) and nothing more.
    const perUse = (many.html.length - one.length) / (2000 * 3);
    assert.ok(perUse < 120, `${perUse.toFixed(0)} bytes per image use`);
    assert.ok(many.chunks.length > 20, 'the file is built from chunks, not one string');
  });
});

describe('export size: the shared image table', () => {
  it('gives one placeholder per key and loads each asset once', () => {
    const assets = new InlineAssets();
    let loads = 0;
    const load = () => (loads++, 'data:image/png;base64,AAAA');
    assert.equal(assets.placeholder('a', load), `${PLACEHOLDER_PREFIX}0`);
    assert.equal(assets.placeholder('a', load), `${PLACEHOLDER_PREFIX}0`);
    assert.equal(assets.placeholder('b', () => undefined), undefined);
    assert.equal(assets.placeholder('b', load), undefined, 'a failed asset is not tried again');
    assert.equal(loads, 1);
    assert.equal(assets.resolve(`${PLACEHOLDER_PREFIX}0`), 'data:image/png;base64,AAAA');
    assert.equal(assets.resolve('https://x/y.png'), 'https://x/y.png');
  });

  it('runs the table script before reveal.js, under the nonce, and the chunks join to the page', () => {
    const deck = render('# One\n\n---\n\n# Two\n\n----\n\n# Three');
    const page = { revealJs: 'R()', revealCss: '', themeCss: '', nonce: 'n1', preludeScript: ['var a=[', '"data:image/png;base64,AA"', '];'] };
    const chunks = standaloneHtmlChunks(deck, page);
    const html = chunks.join('');
    assert.equal(html, renderStandaloneHtml(deck, page));
    assert.ok(html.indexOf('<script nonce="n1">var a=["data:image/png;base64,AA"];</script>') < html.indexOf('<script nonce="n1">R()'));
    assert.equal(html.match(/<script/g)?.length, 3);
  });
});
