/**
 * Diagrams in the real webview: the preview loads the diagram library from the extension's media folder (a
 * webview resource URL, under the panel's CSP and nonce) and draws the fence on the slide shown.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, describe, it } from 'mocha';
import { hasDriver, queryWebview, screenshot } from './bridge';
import { closeAllEditors, openInEditor, workspaceUri } from './helpers';
import { openPreviewBeside } from './previewHelpers';

const DECK = 'community-call/diagrams.md';
const TEXT = `---
type: slide
---

# Release flow

\`\`\`mermaid
graph LR
  Draft --> Review --> Release
\`\`\`

---

# Next
`;

describe('diagrams in the preview', () => {
  after(closeAllEditors);

  it('draws a mermaid fence as an SVG, its library loaded by the webview', async function () {
    if (!hasDriver()) this.skip();
    this.timeout(120_000);
    fs.writeFileSync(workspaceUri(DECK).fsPath, TEXT);
    await openPreviewBeside(await openInEditor(DECK));
    const drawn = await queryWebview('.reveal .slides section.present .mermaid svg', { count: 1 }, 60_000);
    await screenshot('preview-mermaid');
    assert.equal(drawn.count, 1, 'the mermaid fence became one SVG');
    const source = await queryWebview('.reveal .slides section.present .alert-warning', {}, 1_000);
    assert.equal(source.count, 0, 'no error box');
  });
});
