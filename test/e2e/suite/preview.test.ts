import * as assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { hasDriver, pressInWebview, queryWebview, screenshot } from './bridge';
import { activateExtension, closeAllEditors } from './helpers';
import { CURRENT, moveCursorTo, openDeckWithPreview, previewTabs, SLIDES } from './previewHelpers';

describe('preview', function () {
  // A first webview can take a while on a busy machine; the queries poll with their own deadlines.
  this.timeout(120_000);
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAllEditors);

  it('opens a webview panel beside the deck', async () => {
    await openDeckWithPreview();
    const tab = previewTabs()[0];
    assert.ok(tab, 'a preview tab');
    assert.ok(tab.label.includes('20261126'), `the tab names the deck: ${tab.label}`);
  });

  it('shows every slide the parser finds, stacks included', async function () {
    if (!hasDriver()) this.skip();
    await openDeckWithPreview();
    const answer = await queryWebview(SLIDES, { count: 7 });
    assert.equal(answer.count, 7, `7 slides in the preview, found ${answer.count}`);
  });

  it('follows the cursor to the slide under it', async function () {
    if (!hasDriver()) this.skip();
    const editor = await openDeckWithPreview();
    moveCursorTo(editor, '- Faster floating IPs');
    const answer = await queryWebview(CURRENT, { text: 'Team IaaS - Network' });
    assert.ok(answer.found, `the current slide is 2.3, found: ${answer.texts.join(' | ').slice(0, 200)}`);
    await screenshot('preview-follows-cursor');
  });

  it('shows an edit without reloading', async function () {
    if (!hasDriver()) this.skip();
    const editor = await openDeckWithPreview();
    moveCursorTo(editor, '- Next call on Thursday');
    await editor.edit((b) => b.insert(editor.selection.active, '- Edited in the editor\n'));
    const answer = await queryWebview(SLIDES, { text: 'Edited in the editor' });
    assert.ok(answer.found, 'the edited text reaches the preview');
    assert.equal(answer.count, 7, 'still 7 slides');
    await screenshot('preview-after-edit');
  });

  it('F1 in the preview opens no reveal.js keyboard help over the slide', async function () {
    if (!hasDriver()) this.skip();
    await openDeckWithPreview();
    await queryWebview(SLIDES, { count: 7 });
    await pressInWebview('.reveal .slides', 'F1');
    // F1 is the editor's command palette: close it again.
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const help = await queryWebview('.reveal .overlay-help, .overlay.overlay-help', {}, 1_500);
    assert.equal(help.count, 0, 'no help overlay in the preview');
  });

  it('Present shows a way back, and Stop presenting restores the layout', async function () {
    const editor = await openDeckWithPreview();
    await vscode.commands.executeCommand('scsDeck.present');
    assert.ok((await vscode.commands.getCommands(true)).includes('scsDeck.stopPresenting'));
    if (hasDriver()) {
      const button = await queryWebview('#scs-stop-present:not([hidden])', { count: 1 });
      assert.equal(button.count, 1, 'a visible "Stop presenting" button in the preview');
    }
    const isDeckVisible = () => vscode.window.visibleTextEditors.some((e) => e.document === editor.document);
    await vscode.commands.executeCommand('scsDeck.stopPresenting');
    await new Promise((r) => setTimeout(r, 500));
    assert.ok(isDeckVisible(), 'the deck editor is visible again beside the preview');
    if (hasDriver()) {
      const hidden = await queryWebview('#scs-stop-present[hidden]', { count: 1 });
      assert.equal(hidden.count, 1, 'the button is gone after presenting');
    }
  });
});
