import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseDeck } from '../../../server/src/core';
import { RenderCache, renderDeck } from '../../../server/src/core/render';
import { previewUrlResolver } from '../../../server/src/lsp/previewUrls';
import { splitKnown } from '../../../server/src/lsp/renderRequest';

const FIXTURE = join(__dirname, '../../fixtures/preview/deck.md');
const text = readFileSync(FIXTURE, 'utf8');
const deckDir = '/minutes/community-call';
const files = new Set([`${deckDir}/logo.png`, `${deckDir}/upload-1.png`]);
const image = (file: string) => ({ ok: true as const, file, mime: 'image/png' });
const options = { emojiBase: 'https://w/emoji', resolveUrl: previewUrlResolver({ deckDir }, undefined, (f) => (files.has(f) ? image(f) : undefined)) };

describe('scsDeck/render: incremental slides for the preview', () => {
  it('sends every slide the first time, with the frame', () => {
    const cache = new RenderCache();
    const { frame, slides } = splitKnown(renderDeck(parseDeck(text), options, cache), []);
    assert.ok(frame);
    assert.equal(frame.hashes.length, 5);
    assert.deepEqual(frame.columns, [[0], [1, 2, 3], [4]]);
    assert.equal(frame.theme, 'white');
    assert.equal(slides.length, 5);
  });

  it('after one edit sends only that slide', () => {
    const cache = new RenderCache();
    const first = splitKnown(renderDeck(parseDeck(text), options, cache), []);
    const edited = text.replace('* Object storage', '* Object storage gateway');
    const second = splitKnown(renderDeck(parseDeck(edited), options, cache), first.frame!.hashes);
    assert.deepEqual(second.slides.map((s) => s.index), [2]);
    assert.match(second.slides[0].html, /Object storage gateway/);
    assert.notEqual(second.frame!.hashes[2], first.frame!.hashes[2]);
    assert.deepEqual(second.frame!.hashes.filter((h, i) => i !== 2), first.frame!.hashes.filter((h, i) => i !== 2));
  });

  it('after a slide is added or removed sends only the slides between the unchanged head and tail', () => {
    const deck = (n: number, extra = '') => `---\ntype: slide\n---\n${extra}${Array.from({ length: n }, (_, i) => `# S${i}\n`).join('\n---\n\n')}`;
    const cache = new RenderCache();
    const first = splitKnown(renderDeck(parseDeck(deck(6)), options, cache), []);
    const added = splitKnown(renderDeck(parseDeck(deck(6, '# New\n\n---\n\n# S3\n\n---\n\n')), options, cache), first.frame.hashes);
    // The slides after the insertion moved but are known; a copy of a known slide among the new ones may come again.
    assert.deepEqual(added.slides.map((s) => s.html.trim()), ['<h1>New</h1>', '<h1>S3</h1>']);
    const removed = splitKnown(renderDeck(parseDeck(deck(5)), options, cache), first.frame.hashes);
    assert.deepEqual(removed.slides, []);
    assert.equal(removed.frame.hashes.length, 5);
  });

  it('marks local images and upload copies for the client, leaves remote ones', () => {
    const { slides } = splitKnown(renderDeck(parseDeck(text), options, new RenderCache()), []);
    assert.match(slides[0].html, /src="scs-deck-file:\/minutes\/community-call\/logo\.png"/);
    assert.match(slides[3].html, /src="scs-deck-file:\/minutes\/community-call\/upload-1\.png"/);
    assert.match(slides[4].html, /https:\/\/example\.org\/x\.png/);
  });

  it('carries notes and slide attributes, and no runnable script', () => {
    const { slides } = splitKnown(renderDeck(parseDeck(text), options, new RenderCache()), []);
    assert.equal(slides[0].attributes['data-background-color'], '#f4f7fb');
    assert.match(slides[2].notes ?? '', /storage demo/);
    assert.doesNotMatch(slides[4].html, /<script/i);
    assert.doesNotMatch(slides[4].html, /onerror/i);
  });

  it('never maps links, and finds uploads in the uploads folder', () => {
    const resolve = previewUrlResolver({ deckDir, uploadDirs: ['/minutes/uploads'] }, undefined, (f) => (f === '/minutes/uploads/u.png' ? image(f) : undefined));
    assert.equal(resolve('https://input.scs.community/uploads/u.png', 'image'), 'scs-deck-file:/minutes/uploads/u.png');
    assert.equal(resolve('https://input.scs.community/uploads/u.png', 'link'), undefined);
    assert.equal(resolve('https://input.scs.community/uploads/missing.png', 'image'), undefined);
  });
});
