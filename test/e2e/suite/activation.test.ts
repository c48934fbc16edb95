import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, openInEditor, ourDiagnostics, slideSymbols, waitFor, workspaceUri } from './helpers';
import { recordLatency } from './latency';

describe('activation', () => {
  it('activates and becomes ready (timed)', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const { api, ms } = await activateExtension();
    assert.ok(ext.isActive, 'extension is active');
    assert.ok(api && typeof api.ready?.then === 'function', 'activate() returns { ready: Promise }');
    recordLatency('activation', ms);
    if (api.readyMs !== undefined) recordLatency('server-ready', api.readyMs);
    console.log(`    activate() took ${ms.toFixed(1)} ms; language server ready after ${api.readyMs?.toFixed(0)} ms`);
  });

  it('has its "SCS Deck" output channel from activation on, before anything went wrong', async () => {
    const { api } = await activateExtension();
    assert.ok(api.output, 'activate() returns the output channel');
    assert.equal(api.output.name, 'SCS Deck');
    // Showing it by name works: the README sends users there.
    api.output.show(true);
  });

  it('serves a deck: the outline appears once the deck is open', async () => {
    const editor = await openInEditor('community-call/20261126.md');
    const symbols = await waitFor('slide symbols on the deck', async () => {
      const s = await slideSymbols(editor.document.uri);
      return s.length ? s : undefined;
    });
    assert.ok(symbols.length >= 4);
  });

  it('gives a plain Markdown file no diagnostics and no slide symbols', async () => {
    // Open a deck first and wait for its outline, so the server has certainly answered for decks.
    const deck = await openInEditor('community-call/20261126.md');
    await waitFor('deck symbols', async () => (await slideSymbols(deck.document.uri)).length > 0);
    const readme = await openInEditor('README.md');
    const all = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', readme.document.uri);
    assert.deepEqual(await slideSymbols(readme.document.uri), [], 'no slide-numbered symbols from us');
    assert.ok((all ?? []).length > 0, 'the built-in Markdown outline still works on the README');
    assert.deepEqual(ourDiagnostics(workspaceUri('README.md')), []);
  });
});
