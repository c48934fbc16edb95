import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-types';
import { startInProcessServer, type InProcessServer } from './harness';
import { eventually, openDocument } from './lspClient';

const deck = '---\ntype: slide\n---\n\n# Title\n\n---\n\n# Team IaaS\n\n----\n\n## Team IaaS - Topic\n\n* a\n';

describe('language server: outline and slides', () => {
  let server: InProcessServer;
  before(async () => {
    server = await startInProcessServer();
  });
  after(async () => server.close());

  it('answers document symbols with vertical slides nested', async () => {
    await openDocument(server, 'file:///tmp/notes/deck.md', deck);
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/notes/deck.md' } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => [s.name, (s.children ?? []).map((c) => c.name)]), [['1 Title', []], ['2.1 Team IaaS', ['2.2 Team IaaS - Topic']]]);
    assert.equal(symbols[1].range.start.line, 6, 'a slide starts at its separator');
  });
  it('answers one folding range per slide', async () => {
    const ranges = (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: 'file:///tmp/notes/deck.md' } })) as FoldingRange[];
    assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine]), [[0, 2], [3, 4], [6, 8], [10, 14]]);
  });
  it('gives other Markdown nothing', async () => {
    await openDocument(server, 'file:///tmp/notes/readme.md', '# Readme\n\n---\n\n# Two');
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/notes/readme.md' } });
    assert.deepEqual(symbols, []);
  });
  it('treats community-call paths as decks without front matter', async () => {
    await openDocument(server, 'file:///tmp/minutes/community-call/20261126.md', '# A\n\n---\n\n# B');
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///tmp/minutes/community-call/20261126.md' } })) as DocumentSymbol[];
    assert.equal(symbols.length, 2);
  });
  it('answers a request for a version it has not received once the change arrives', async () => {
    const uri = 'file:///tmp/notes/racing.md';
    await openDocument(server, uri, '---\ntype: slide\n---\n\n# One\n');
    // A first answer, so the server holds this document's settings and answers the next one without pausing.
    assert.equal(((await server.connection.sendRequest('scsDeck/slides', { uri, version: 1 })) as { version: number }).version, 1);
    // The request overtakes the change it follows, as a client's own listener can.
    const answer = server.connection.sendRequest('scsDeck/slides', { uri, version: 2 }) as Promise<{ version: number; slides: unknown[] }>;
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: '---\ntype: slide\n---\n\n# One\n\n---\n\n# Two\n' }],
    });
    const result = await answer;
    assert.equal(result.version, 2);
    assert.equal(result.slides.length, 2);
  });
  it('answers a request that overtook the open once the document opens', async () => {
    const uri = 'file:///tmp/notes/early.md';
    const answer = server.connection.sendRequest('scsDeck/slides', { uri, version: 1 }) as Promise<{ version: number; slides: unknown[] }>;
    await eventually(() => (server.ctx.documentStateSizes()['waits before open'] === 1 ? true : undefined), 'the request to wait');
    await openDocument(server, uri, deck);
    assert.deepEqual([(await answer).version, (await answer).slides.length], [1, 3]);
    assert.equal(server.ctx.documentStateSizes()['waits before open'], 0);
  });
});
