import * as assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'mocha';
import { hasDriver, queryWebview, screenshot } from './bridge';
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
});
