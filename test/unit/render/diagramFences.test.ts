import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DIAGRAM_KINDS, diagramKindsIn, diagramScripts } from '../../../server/src/core/data/diagrams';
import { exportHtml } from '../../../server/src/export/exportHtml';
import { findMedia } from '../../../server/src/export/media';
import { BODY_FONT, bodyFontFace, HEDGEDOC_SLIDE_CSS } from '../../../server/src/core/render/hedgedocCss';
import { slidesHtml } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'scs-deck-diagrams-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('diagram fences', () => {
  it('render as HedgeDoc 1.12 writes them: the source, escaped, in a div the page draws later', () => {
    const [html] = slidesHtml('```mermaid\ngraph LR\n  A-->B<"x">\n```');
    assert.equal(html, '<pre><code class="mermaid hljs"><div class="mermaid raw">graph LR\n  A--&gt;B&lt;"x"&gt;\n</div></code></pre>\n');
  });

  it('give each kind its class', () => {
    const html = slidesHtml(...DIAGRAM_KINDS.map((k) => '```' + k.kind + '\nx\n```'));
    assert.deepEqual(html.map((h) => /<div class="([^"]+)">/.exec(h)?.[1]), ['sequence-diagram raw', 'flow-chart raw', 'graphviz raw', 'mermaid raw', 'abc raw']);
  });

  it('need the info string to name the kind exactly', () => {
    for (const body of ['```Mermaid\nx\n```', '```mermaid=\nx\n```', '```mermaidx\nx\n```', '    mermaid\n    x']) {
      assert.equal(diagramKindsIn(slidesHtml(body)).length, 0, body);
    }
    // Words after the language are HedgeDoc's to ignore.
    assert.deepEqual(diagramKindsIn(slidesHtml('```graphviz title\nx\n```')).map((k) => k.kind), ['graphviz']);
  });

  it('name the scripts to load, each once, in load order', () => {
    const kinds = diagramKindsIn(slidesHtml('```flow\nx\n```', '```sequence\nx\n```', '```abc\nx\n```'));
    assert.deepEqual(diagramScripts(kinds), ['raphael', 'sequence', 'flowchart', 'abcjs']);
  });

  it('a deck author cannot fake the marker past the sanitiser into loading a library with a script', () => {
    const html = slidesHtml('<div class="mermaid raw" onclick="x()">graph LR</div>');
    assert.ok(!html[0].includes('onclick'));
  });
});

describe('export of diagrams', () => {
  const media = findMedia();
  const deckPath = join(dir, 'deck.md');
  const scripts = (html: string) => [...html.matchAll(/<script nonce="[^"]+">(.{0,60})/gs)].map((m) => m[1]);

  it('inlines only the libraries the deck uses, before reveal.js starts', (t) => {
    if (!media?.diagramsDir) return t.skip('media not built');
    const mermaid = readFileSync(join(media.diagramsDir, 'mermaid.js'), 'utf8');
    const viz = readFileSync(join(media.diagramsDir, 'viz.js'), 'utf8');
    const html = exportHtml('---\ntype: slide\n---\n\n```mermaid\ngraph LR\nA-->B\n```\n', { deckPath, media }).html;
    assert.ok(html.includes(mermaid.slice(0, 200)), 'mermaid is inlined');
    assert.ok(!html.includes(viz.slice(200, 400)), 'viz.js is not');
    assert.ok(html.indexOf(mermaid.slice(0, 200)) < html.lastIndexOf('Reveal.initialize('), 'before reveal.js starts');
    assert.equal(scripts(html).length, scripts(exportHtml('---\ntype: slide\n---\n\n# None\n', { deckPath, media }).html).length + 2, 'mermaid and the drawing script');
  });

  it('inlines nothing for a deck without diagrams', (t) => {
    if (!media?.diagramsDir) return t.skip('media not built');
    const html = exportHtml('---\ntype: slide\n---\n\n```js\nx\n```\n', { deckPath, media }).html;
    assert.ok(!html.includes('Raphael') && !html.includes('mermaidAPI'));
  });

  it('carries the page body font only for mermaid, which measures its labels in it', (t) => {
    if (!media?.diagramsDir) return t.skip('media not built');
    const face = /@font-face \{ font-family: 'Source Sans Pro'; src: url\(data:font\/woff;base64,[A-Za-z0-9+/=]{1000,}\)/;
    assert.match(exportHtml('---\ntype: slide\n---\n\n```mermaid\ngraph LR\nA-->B\n```\n', { deckPath, media }).html, face);
    assert.doesNotMatch(exportHtml('---\ntype: slide\n---\n\n```graphviz\ndigraph { a -> b }\n```\n', { deckPath, media }).html, face);
    assert.doesNotMatch(exportHtml('---\ntype: slide\n---\n\n# None\n', { deckPath, media }).html, /@font-face/);
  });

  it('the preview links the same face from the build, and the font file is there', (t) => {
    if (!media) return t.skip('media not built');
    const css = readFileSync(join(media.revealDir, '..', 'hedgedoc-slide.css'), 'utf8');
    assert.ok(css.startsWith(HEDGEDOC_SLIDE_CSS));
    assert.ok(css.endsWith(bodyFontFace(`reveal/fonts/${BODY_FONT.file}`)));
    assert.ok(readFileSync(join(media.revealDir, 'fonts', BODY_FONT.file)).length > 50_000);
  });
});
