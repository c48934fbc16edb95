import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { OutlineResult, RenderResult, SlidesResult } from '../../../server/src/protocol';
import { syntheticDeck } from '../../syntheticDeck';
import { startInProcessServer, type InProcessServer } from './harness';
import { openDocument } from './lspClient';

const deck = '---\ntype: slide\n---\n\n# Title\n\n---\n\n# Team IaaS\n\n----\n\n## Team IaaS - Topic\n\n* a\n';

/** Replaces the whole text (version `version`). */
function change(server: InProcessServer, uri: string, text: string, version: number): Promise<void> {
  return server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
}

async function deckStates(server: InProcessServer, uri: string, count: number): Promise<boolean[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const states = (server.notifications.get('scsDeck/deckState') ?? []) as { uri: string; isDeck: boolean }[];
    const mine = states.filter((s) => s.uri === uri).map((s) => s.isDeck);
    if (mine.length >= count || Date.now() > deadline) return mine;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('what a keystroke costs on the wire', () => {
  let server: InProcessServer;
  before(async () => {
    server = await startInProcessServer();
  });
  after(async () => server.close());

  it('tells the deck state when a document opens and again only when it changes', async () => {
    const uri = 'file:///tmp/notes/state.md';
    await openDocument(server, uri, deck);
    assert.deepEqual(await deckStates(server, uri, 1), [true]);
    await change(server, uri, `${deck}more\n`, 2);
    await change(server, uri, deck.replace('type: slide', 'title: notes'), 3);
    assert.deepEqual(await deckStates(server, uri, 2), [true, false], 'an edit that keeps it a deck says nothing');
    await change(server, uri, deck, 4);
    assert.deepEqual(await deckStates(server, uri, 3), [true, false, true]);
  });

  it('answers a slide query with those slides and the count', async () => {
    const uri = 'file:///tmp/notes/query.md';
    await openDocument(server, uri, deck);
    const at = (await server.connection.sendRequest('scsDeck/slides', { uri, version: 1, lines: { start: 9, end: 9 } })) as SlidesResult;
    assert.deepEqual(at.slides.map((s) => s.label), ['2.1']);
    assert.equal(at.count, 3);
    const near = (await server.connection.sendRequest('scsDeck/slides', { uri, version: 1, lines: { start: 0, end: 7 } })) as SlidesResult;
    assert.deepEqual(near.slides.map((s) => s.label), ['1', '2.1']);
    const byPosition = (await server.connection.sendRequest('scsDeck/slides', { uri, version: 1, position: { h: 1, v: 1 } })) as SlidesResult;
    assert.deepEqual(byPosition.slides.map((s) => s.title), ['Team IaaS - Topic']);
  });

  it('renders for a named preview as a change to the reply it names as base', async () => {
    const uri = 'file:///tmp/notes/render.md';
    await openDocument(server, uri, deck);
    const render = (params: object) => server.connection.sendRequest('scsDeck/render', { uri, emojiBase: 'e', preview: 'p1', ...params }) as Promise<RenderResult>;
    const first = await render({ version: 1, known: [] });
    assert.equal(first.slides.length, 3);
    assert.ok(first.frame && first.seq !== undefined && !first.frameChange);
    await change(server, uri, deck.replace('* a', '* ab'), 2);
    const second = await render({ version: 2, base: first.seq });
    assert.equal(second.frame, undefined, 'no whole frame');
    assert.deepEqual(second.frameChange?.hashes.insert.length, 1);
    assert.deepEqual(second.slides.map((s) => s.index), [2], 'only the slide that changed');
    // A base the server does not hold (the client dropped a reply): the whole frame, known taken from the request.
    const third = await render({ version: 2, base: -5, known: first.frame!.hashes });
    assert.ok(third.frame && !third.frameChange);
    assert.deepEqual(third.slides.map((s) => s.index), [2]);
  });

  it('answers symbols and folding as changes to the reply the client names as base', async () => {
    const uri = 'file:///tmp/notes/outline.md';
    await openDocument(server, uri, deck);
    const first = (await server.connection.sendRequest('scsDeck/symbols', { uri, version: 1 })) as OutlineResult<{ name: string }>;
    assert.deepEqual(first.items?.map((s) => s.name), ['1 Title', '2.1 Team IaaS']);
    await change(server, uri, deck.replace('# Title', '# Titles'), 2);
    const second = (await server.connection.sendRequest('scsDeck/symbols', { uri, version: 2, base: first.seq })) as OutlineResult<{ name: string }>;
    assert.equal(second.items, undefined);
    assert.deepEqual(second.change, { ...second.change, start: 0, deleteCount: 1 });
    assert.deepEqual(second.change?.insert.map((s) => s.name), ['1 Titles']);
    const stale = (await server.connection.sendRequest('scsDeck/folding', { uri, version: 2, base: 12345 })) as OutlineResult<unknown>;
    assert.ok(stale.items && !stale.change, 'a base the server does not hold gets the whole list');
  });

  it('one keystroke in a 10,000-slide deck, as the extension asks after it, moves less than 10 KiB', async () => {
    const uri = 'file:///tmp/notes/big.md';
    const text = syntheticDeck(10_000);
    await openDocument(server, uri, text);
    let bytes = 0;
    const count = (x: unknown) => {
      bytes += Buffer.byteLength(JSON.stringify(x));
      return x;
    };
    const ask = async <T>(method: string, params: object) => count(await server.connection.sendRequest(method, count(params))) as T;
    // What the extension holds once the preview and the outline are up.
    const render = await ask<RenderResult>('scsDeck/render', { uri, version: 1, emojiBase: 'e', preview: 'p', known: [] });
    const symbols = await ask<OutlineResult<unknown>>('scsDeck/symbols', { uri, version: 1 });
    const folding = await ask<OutlineResult<unknown>>('scsDeck/folding', { uri, version: 1 });
    bytes = 0;
    const line = text.slice(0, text.indexOf('Topic 5000\n')).split('\n').length - 1;
    const character = '## Team 2 - Topic 5000'.length;
    await server.connection.sendNotification('textDocument/didChange', count({
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, rangeLength: 0, text: 'x' }],
    }));
    const after = await ask<RenderResult>('scsDeck/render', { uri, version: 2, emojiBase: 'e', preview: 'p', base: render.seq });
    await ask('scsDeck/slides', { uri, version: 2, lines: { start: line, end: line } });
    await ask('scsDeck/slides', { uri, version: 2, lines: { start: line - 20, end: line + 40 } });
    await ask('scsDeck/symbols', { uri, version: 2, base: symbols.seq });
    await ask('scsDeck/folding', { uri, version: 2, base: folding.seq });
    assert.equal(after.slides.length, 1, 'the slide typed into, rendered');
    assert.ok(bytes < 10 * 1024, `${bytes} bytes`);
  });
});
