import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { parseDeck } from '../../../server/src/core';
import { hasDriver, queryWebview, screenshot } from './bridge';
import { activateExtension, closeAllEditors, EXTENSION_ID, slideSymbols, waitFor, workspaceUri } from './helpers';
import { previewTabs, SLIDES } from './previewHelpers';

/** The render tests' payload deck, with a sentinel the driver can see in the DOM if anything ever runs. */
const SENTINEL = 'document.documentElement.dataset.pwned=1';
const DECK = 'xss/payloads.md';

describe('preview safety', function () {
  this.timeout(120_000);
  before(async () => {
    await activateExtension();
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const payloads = fs.readFileSync(path.join(ext.extensionPath, 'test/fixtures/render/xss.md'), 'utf8');
    assert.ok(payloads.includes('window.__pwned=1'), 'the payload deck uses the known sentinel');
    await vscode.workspace.fs.writeFile(workspaceUri(DECK), Buffer.from(payloads.split('window.__pwned=1').join(SENTINEL), 'utf8'));
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceUri('xss'), { recursive: true });
  });

  it('runs none of the payloads in the real webview', async function () {
    if (!hasDriver()) this.skip();
    const doc = await vscode.workspace.openTextDocument(workspaceUri(DECK));
    await vscode.window.showTextDocument(doc);
    await waitFor('the payload deck outline', async () => (await slideSymbols(doc.uri)).length > 0);
    await vscode.commands.executeCommand('scsDeck.preview.openToSide');
    await waitFor('a preview panel', () => previewTabs().length > 0);
    const slides = parseDeck(doc.getText()).slides.length;
    const rendered = await queryWebview(SLIDES, { count: slides });
    assert.equal(rendered.count, slides, 'every slide of the payload deck rendered');
    // Give every payload (onerror, onload, autoplay, animations) a chance to fire before looking.
    const pwned = await queryWebview('html[data-pwned]', { count: 1 }, 5_000);
    await screenshot('preview-xss-deck');
    assert.equal(pwned.count, 0, 'no payload ran in the webview');
  });
});
