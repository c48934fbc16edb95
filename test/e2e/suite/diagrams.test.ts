/**
 * Diagrams and math in the real webview: the preview loads the diagram library and MathJax from the extension's
 * media folder (webview resource URLs, under the panel's CSP and nonce) and draws the slide shown.
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

const PRESENT = '.reveal .slides section.present';

/** Writes `text` to `deck`, opens its preview and waits until the shown slide holds `count` of `selector`. */
async function showInPreview(deck: string, text: string, selector: string, count: number, shot: string): Promise<{ count: number }> {
  fs.writeFileSync(workspaceUri(deck).fsPath, text);
  await openPreviewBeside(await openInEditor(deck));
  const found = await queryWebview(`${PRESENT} ${selector}`, { count }, 60_000);
  await screenshot(shot);
  return found;
}

describe('diagrams in the preview', () => {
  after(closeAllEditors);

  it('draws a mermaid fence as an SVG, its library loaded by the webview', async function () {
    if (!hasDriver()) this.skip();
    this.timeout(120_000);
    const drawn = await showInPreview(DECK, TEXT, '.mermaid svg', 1, 'preview-mermaid');
    assert.equal(drawn.count, 1, 'the mermaid fence became one SVG');
    const source = await queryWebview(`${PRESENT} .alert-warning`, {}, 1_000);
    assert.equal(source.count, 0, 'no error box');
  });

  it('spaces sequence messages as HedgeDoc does: mermaid measured them in the page body font the webview loaded', async function () {
    if (!hasDriver()) this.skip();
    this.timeout(120_000);
    await showInPreview(SEQUENCE_DECK, SEQUENCE_TEXT, '.mermaid svg', 1, 'preview-mermaid-sequence');
    // HedgeDoc 1.12 puts the second message 50 px below the first (mermaid's label height 20 in its body font);
    // measured in a fallback font they are 44 px apart.
    const rows = await queryWebview(`${PRESENT} .mermaid svg text.messageText[y="130"]`, { count: 1 }, 5_000);
    assert.equal(rows.count, 1, 'the second message sits where HedgeDoc draws it');
  });
});

const SEQUENCE_DECK = 'community-call/sequence.md';
const SEQUENCE_TEXT = `---
type: slide
---

# Hand-over

\`\`\`mermaid
sequenceDiagram
    Alice->>Bob: Hello Bob
    Bob-->>Alice: Hi Alice
\`\`\`
`;

const MATH_DECK = 'community-call/math.md';
const MATH_TEXT = `---
type: slide
---

# Euler

Inline $e^{i\\pi} + 1 = 0$ and shown:

$$\\sum_{n=1}^{\\infty} \\frac{1}{n^2} = \\frac{\\pi^2}{6}$$
`;

describe('math in the preview', () => {
  after(closeAllEditors);

  it('typesets formulas with the MathJax the webview loads, with no error', async function () {
    if (!hasDriver()) this.skip();
    this.timeout(120_000);
    const typeset = await showInPreview(MATH_DECK, MATH_TEXT, '.MathJax', 2, 'preview-math');
    assert.equal(typeset.count, 2, 'both formulas typeset');
    const errors = await queryWebview(`${PRESENT} .merror`, {}, 1_000);
    assert.equal(errors.count, 0, 'no MathJax error');
  });
});
