import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import render from 'dom-serializer';
import { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { parseDeck } from '../../../server/src/core';
import { commentAttributeName, readAttributeComment } from '../../../server/src/core/deck/attributeComments';
import { renderDeck, slidesMarkup } from '../../../server/src/core/render';
import { isSerializableAttribute } from '../../../server/src/core/render/attributeGuard';
import { serializeHtml } from '../../../server/src/core/render/serializeHtml';
import { attributeCommentDropped } from '../../../server/src/core/rules/attributeCommentDropped';
import { runRule } from '../rules/helpers';
import { fixture, render as renderText } from './helpers';

/** Attribute names the browser would read from the HTML of a slide (the slash splits a name in two). */
function attributeNamesSeen(html: string): string[] {
  return [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<[a-z][^>]*>/g)].flatMap((tag) =>
    [...tag[0].slice(1, -1).matchAll(/[\s/]+([^\s/=>]+)/g)].map((m) => m[1]),
  );
}

describe('attribute comments: one grammar for diagnostics and rendering', () => {
  const both = 'Text <!-- .element: class="fragment" .slide: data-background="#f00" -->';

  it('reads .element before .slide, as reveal-markdown does, in the deck model and in the renderer alike', () => {
    const info = parseDeck(both).slides[0].info;
    assert.equal(info.slideComments.length, 0);
    assert.deepEqual(info.elementComments[0].attributes.map((a) => [a.name, a.value]), [['class', 'fragment'], ['data-background', '#f00']]);
    const slide = renderText(both).slides[0];
    assert.deepEqual(slide.attributes, {});
    assert.match(slide.html, /^<p class="fragment" data-background="#f00">Text/);
  });

  it('reads a comment as .slide: only when .element does not match', () => {
    assert.equal(readAttributeComment(' .slide: data-x="1" ')?.kind, 'slide');
    assert.equal(readAttributeComment(' .slide: data-x="1" .element: class="a" ')?.kind, 'element');
    assert.equal(readAttributeComment(' just a comment '), undefined);
  });

  it('accepts data-* with plain name characters, id, class and style, and nothing else', () => {
    for (const ok of ['data-background', 'data-a_b.c:d-e', 'id', 'class', 'style']) assert.equal(commentAttributeName(ok), ok);
    assert.equal(commentAttributeName('data-Background'), 'data-background');
    for (const bad of ['data-x/onerror', 'data-x"onerror', 'data-', 'data-x>', 'onerror', 'href', 'src', 'srcdoc', 'Class', 'DATA-x', "data-x'y"]) {
      assert.equal(commentAttributeName(bad), undefined, bad);
    }
  });
});

describe('attribute comments cannot smuggle attributes through names with a slash', () => {
  const smuggled = ['onerror', 'href', 'src', 'srcdoc', 'style'];

  for (const hidden of smuggled) {
    it(`drops data-x/${hidden} on an element and on the section, in the preview and the export`, () => {
      const deck = `Text <!-- .element: data-x/${hidden}="javascript:alert(1)" -->\n\n---\n\n<!-- .slide: data-x/${hidden}="alert(2)" class="ok" -->\n# B`;
      const rendered = renderText(deck);
      for (const slide of rendered.slides) {
        assert.doesNotMatch(slide.html.replace(/<!--[\s\S]*?-->/g, ''), /<[a-z][^>]*(\/|alert)/, slide.html);
        assert.ok(!attributeNamesSeen(slide.html).includes(hidden), slide.html);
        assert.ok(Object.keys(slide.attributes).every((n) => commentAttributeName(n) === n), JSON.stringify(slide.attributes));
      }
      assert.deepEqual(rendered.slides[1].attributes, { class: 'ok' });
      assert.ok(!attributeNamesSeen(slidesMarkup(rendered)).includes(hidden));
    });
  }

  it('reports such a name as dropped', () => {
    const found = runRule(attributeCommentDropped, 'Text <!-- .element: data-x/onerror="alert(1)" -->');
    assert.deepEqual(found.map((f) => f.text), ['data-x/onerror="alert(1)"']);
    assert.match(found[0].message, /not a valid attribute name/);
  });

  it('the export writes only allowed section attribute names, whatever the slide record holds', () => {
    const rendered = renderDeck(parseDeck('# A'), { emojiBase: 'emoji' });
    rendered.slides[0].attributes = { 'data-x/onerror': 'alert(1)', onclick: 'x()', 'data-ok': '1' };
    const markup = slidesMarkup(rendered);
    assert.match(markup, /<section data-ok="1" data-slide-index="0">/);
    assert.doesNotMatch(markup, /onerror|onclick/);
  });
});

describe('the HTML writer', () => {
  it('drops attribute names that are not plain or not allowed on the tag, as a last guard', () => {
    const doc = parseDocument('<p>x</p><a href="https://x">y</a><iframe src="https://x"></iframe>');
    const [p, a, iframe] = doc.children as Element[];
    Object.assign(p.attribs, { 'data-x/onerror': 'alert(1)', onclick: 'x()', class: 'c', 'a"b': '1' });
    Object.assign(a.attribs, { rel: 'noopener', target: '_blank', onmouseover: 'x()' });
    Object.assign(iframe.attribs, { srcdoc: '<script>x()</script>', width: '10' });
    assert.equal(serializeHtml(doc.children), '<p class="c">x</p><a href="https://x" rel="noopener" target="_blank">y</a><iframe src="https://x" width="10"></iframe>');
    assert.equal(isSerializableAttribute('img', 'src'), true);
    assert.equal(isSerializableAttribute('p', 'src'), false);
  });

  it('writes what dom-serializer writes for the render fixtures', () => {
    for (const name of ['features.md', 'xss.md']) {
      for (const slide of renderText(fixture(name)).slides) {
        const doc = parseDocument(slide.html, { decodeEntities: true });
        assert.equal(serializeHtml(doc.children), render(doc.children, { encodeEntities: 'utf8' }), name);
      }
    }
    const tricky = '<p a="x &amp; &quot;y&quot; \u00a0">1 &lt; 2 &amp; \u00a0</p><style>a > b { }</style><br><img src="./a.png"><!-- c --><hr>';
    const doc = parseDocument(tricky, { decodeEntities: true });
    (doc.children[0] as Element).attribs = { class: 'x & "y"', 'data-e': '' };
    assert.equal(serializeHtml(doc.children), render(doc.children, { encodeEntities: 'utf8' }));
  });
});
