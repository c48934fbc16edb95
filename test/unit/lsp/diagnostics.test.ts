import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';

import { startInProcessServer, type InProcessServer } from './harness';
import { eventually, openDocument, publications } from './lspClient';

const FM = '---\ntitle: LSP test\ntype: slide\n---\n\n';
const URI = 'file:///tmp/lsp-lint/deck.md';

/** Waits for the diagnostics the server publishes for `uri` at `version`. */
async function diagnosticsFor(server: InProcessServer, uri: string, version?: number): Promise<Diagnostic[]> {
  for (let i = 0; i < 200; i++) {
    const all = publications(server);
    const hit = all.filter((p) => p.uri === uri && (version === undefined || p.version === version)).at(-1);
    if (hit) return hit.diagnostics;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no diagnostics for ${uri} v${version}`);
}

describe('diagnostics and code actions over LSP', () => {
  let server: InProcessServer;
  // The client answers settings requests with this object, so a test can change it.
  const settings = { rules: { 'multiple-notes': 'hint' }, maxFileSizeKb: 1 };
  before(async () => {
    server = await startInProcessServer(settings);
  });
  const dir = mkdtempSync(join(tmpdir(), 'scs-deck-lsp-'));
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics with code, source, docs link and fixes, honouring settings', async () => {
    await openDocument(server, URI, FM + '# A\n\n---\n\n---\n\n# B\n\nnote: a\n\nnote: b\n');
    const diags = await diagnosticsFor(server, URI, 1);
    const empty = diags.find((d) => d.code === 'empty-slide')!;
    assert.equal(empty.source, 'scs-deck');
    assert.equal(empty.codeDescription?.href, 'https://github.com/SovereignCloudStack/scs-deck/blob/main/docs/rules/empty-slide.md');
    assert.deepEqual(empty.range.start, { line: 7, character: 0 });
    assert.equal(diags.find((d) => d.code === 'multiple-notes')?.severity, 4, 'scsDeck.rules sets the level');
  });
  it('reports a broken diagram with its parser\'s message, at the line the parser names', async () => {
    const uri = 'file:///tmp/lsp-lint/diagram.md';
    await openDocument(server, uri, FM + '```graphviz\ndigraph {\n  a -> \n}\n```\n');
    const diagram = (await diagnosticsFor(server, uri, 1)).find((d) => d.code === 'diagram-syntax');
    assert.ok(diagram, 'the diagram is checked by the server');
    assert.equal(diagram.message, "graphviz: syntax error in line 3 near '}'");
    assert.deepEqual(diagram.range.start, { line: 8, character: 0 });
  });

  it('offers the preferred quick fix and respects context.only', async () => {
    const diags = await diagnosticsFor(server, URI, 1);
    const empty = diags.filter((d) => d.code === 'empty-slide');
    const range = empty[0].range;
    const actions = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: empty } })) as CodeAction[];
    const fix = actions.find((a) => a.kind === 'quickfix' && a.isPreferred);
    assert.ok(fix, JSON.stringify(actions));
    assert.deepEqual(fix.edit?.changes?.[URI], [{ range: { start: { line: 6, character: 0 }, end: { line: 8, character: 0 } }, newText: '' }]);
    const onlySource = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: empty, only: ['source.fixAll'] } })) as CodeAction[];
    assert.deepEqual(onlySource.map((a) => a.kind), ['source.fixAll.scsDeck']);
    const onlyQuick = (await server.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range, context: { diagnostics: empty, only: ['quickfix'] } })) as CodeAction[];
    assert.ok(onlyQuick.every((a) => a.kind === 'quickfix'));
  });
  it('re-publishes for the latest version and clears diagnostics on close', async () => {
    await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: FM + '# A\n' }] });
    assert.deepEqual(await diagnosticsFor(server, URI, 2), []);
    await openDocument(server, 'file:///tmp/lsp-lint/other.md', FM + '# A\n\n---\n\n---\n\n# B\n');
    assert.equal((await diagnosticsFor(server, 'file:///tmp/lsp-lint/other.md', 1)).length, 1);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///tmp/lsp-lint/other.md' } });
    for (let i = 0; i < 100; i++) {
      const all = publications(server);
      const last = all.filter((p) => p.uri === 'file:///tmp/lsp-lint/other.md').at(-1);
      if (last && last.diagnostics.length === 0) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    assert.fail('diagnostics were not cleared on close');
  });
  it('reads .scs-deck.json above the deck, and explains a broken one', async () => {
    writeFileSync(join(dir, '.scs-deck.json'), JSON.stringify({ rules: { 'empty-slide': 'error', 'no-such-rule': 'off' } }));
    const uri = pathToFileURL(join(dir, 'deck.md')).href;
    await openDocument(server, uri, FM + '# A\n\n---\n\n---\n\n# B\n');
    const diags = await diagnosticsFor(server, uri, 1);
    assert.equal(diags.find((d) => d.code === 'empty-slide')?.severity, 1);
    assert.match(String(diags.find((d) => d.code === 'config')?.message ?? ''), /unknown rule "no-such-rule"/);
  });
  it('reports a deck over scsDeck.maxFileSizeKb once instead of checking it', async () => {
    const uri = 'file:///tmp/lsp-lint/big.md';
    await openDocument(server, uri, FM + '# A\n\n---\n\n---\n\n' + 'text '.repeat(400));
    const diags = await diagnosticsFor(server, uri, 1);
    assert.deepEqual(diags.map((d) => d.code), ['file-too-large']);
  });
  it('asks for settings again and re-publishes when the configuration changes', async () => {
    const uri = 'file:///tmp/lsp-lint/configured.md';
    await openDocument(server, uri, FM + '# A\n\nnote: a\n\nnote: b\n');
    assert.equal((await diagnosticsFor(server, uri, 1)).find((d) => d.code === 'multiple-notes')?.severity, 4);
    settings.rules['multiple-notes'] = 'error';
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await eventually(() => {
      const all = publications(server);
      return all.filter((p) => p.uri === uri).at(-1)?.diagnostics.find((d) => d.code === 'multiple-notes' && d.severity === 1);
    }, 'diagnostics with the new level');
  });
});
