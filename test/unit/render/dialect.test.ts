import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render, slidesHtml } from './helpers';

describe('render: dialect details', () => {
  it('sizes images with imsize: =Wx, =xH, =WxH and %', () => {
    const [html] = slidesHtml('![a](https://e.org/a.png =640x) ![b](https://e.org/b.png =x20) ![c](https://e.org/c.png =50%x30)');
    assert.match(html, /alt="a" width="640">/);
    assert.match(html, /alt="b" height="20">/);
    assert.match(html, /alt="c" width="50%" height="30">/);
  });

  it('renders mark, ins, sub, sup, abbr, deflist and footnotes within one slide', () => {
    const [a, b] = slidesHtml('==m== ++i++ H~2~O 2^10^\n\n*[SCS]: Sovereign Cloud Stack\nSCS\n\nTerm\n: definition\n\nx[^1]\n\n[^1]: foot', 'y[^1]');
    assert.match(a, /<mark>m<\/mark> <ins>i<\/ins> H<sub>2<\/sub>O 2<sup>10<\/sup>/);
    assert.match(a, /<abbr title="Sovereign Cloud Stack">SCS<\/abbr>/);
    assert.match(a, /<dt>Term<\/dt>\n<dd>definition<\/dd>/);
    assert.match(a, /class="footnote-item"/);
    assert.doesNotMatch(b, /footnote-item/, 'a footnote definition works only in its own slide');
  });

  it('turns newlines into <br>, links bare URLs and uses typographic quotes', () => {
    const [html] = slidesHtml('one\ntwo https://scs.community "q"');
    assert.match(html, /one<br>\ntwo <a href="https:\/\/scs\.community" target="_blank" rel="noopener">https:\/\/scs\.community<\/a> “q”/);
  });

  it('gives headings no ids', () => {
    assert.equal(slidesHtml('# Title')[0], '<h1>Title</h1>\n');
  });

  it('keeps <font color size face> and drops align', () => {
    const [html] = slidesHtml('<font color="#50c3a5" size="3" face="lato">x</font>\n\n<div align="center">y</div>');
    assert.match(html, /<font color="#50c3a5" size="3" face="lato">x<\/font>/);
    assert.match(html, /<div>y<\/div>/);
  });

  it('unescapes > in style blocks, drops @import and lists the styles', () => {
    const deck = render('<style>\n@import url(https://evil.example/x.css);\n.slides > h1 { color: red }\n</style>\n\n# A');
    assert.match(deck.slides[0].html, /<style>\n\n\.slides > h1 \{ color: red \}\n<\/style>/);
    assert.equal(deck.styles.length, 1);
    assert.doesNotMatch(deck.styles[0], /@import/);
  });

  it('continues line numbers of =+ fences', () => {
    const [html] = slidesHtml('```js=5\na\nb\n```\n\n```js=+\nc\n```');
    assert.match(html, /data-linenumber="7"/);
  });

  it('sends image, link and background URLs through resolveUrl', () => {
    const seen: string[] = [];
    const deck = render('<!-- .slide: data-background="https://input.scs.community/uploads/x.png" -->\n![i](https://input.scs.community/uploads/y.png) [l](https://e.org) :tada:', {
      resolveUrl: (url, kind) => (seen.push(`${kind}:${url}`), `mapped:${url}`),
    });
    assert.equal(deck.slides[0].attributes['data-background'], 'mapped:https://input.scs.community/uploads/x.png');
    assert.match(deck.slides[0].html, /src="mapped:https:\/\/input\.scs\.community\/uploads\/y\.png"/);
    assert.match(deck.slides[0].html, /href="mapped:https:\/\/e\.org"/);
    assert.match(deck.slides[0].html, /src="mapped:emoji\/tada\.webp"/);
    assert.ok(seen.includes('background:https://input.scs.community/uploads/x.png'));
  });

  it('does not treat a background colour as a URL', () => {
    const seen: string[] = [];
    render('<!-- .slide: data-background="#ff0000" -->\n# A', { resolveUrl: (url) => (seen.push(url), undefined) });
    assert.deepEqual(seen, []);
  });

  it('falls back to the black theme, and dir: rtl sets rtl', () => {
    const deck = render('---\ndir: rtl\nslideOptions:\n  theme: dracula\n  rtl: false\n---\n# A');
    assert.equal(deck.theme, 'black');
    assert.equal(deck.rtl, true);
    assert.equal(deck.revealOptions.rtl, true);
  });

  it('ignores the theme of front matter HedgeDoc does not recognise', () => {
    assert.equal(render('\n---\nslideOptions:\n  theme: white\n---\n# A').theme, 'black');
  });

  it('drops script URLs that attribute comments would hand to reveal.js', () => {
    const deck = render('<!-- .slide: data-background-iframe="javascript:parent.__pwned=1" data-state="ok" -->\n<p data-src="javascript:alert(1)">x</p>');
    assert.deepEqual(deck.slides[0].attributes, { 'data-state': 'ok' });
    assert.doesNotMatch(deck.slides[0].html, /data-src/);
  });
});

describe('render: HedgeDoc inline extras', () => {
  it('leaves [TOC] as an empty table of contents', () => {
    // The block div inside the paragraph splits it, as a browser parses it.
    assert.equal(slidesHtml('[TOC]')[0], '<p></p><div class="toc"></div><p></p>\n');
  });

  it('keeps {%pdf %} with a non-http argument as text', () => {
    assert.match(slidesHtml('{%pdf ./a.pdf %}')[0], /\{%pdf \.\/a\.pdf %\}/);
  });
});

describe('render: front matter HedgeDoc cannot load', () => {
  it('shows the YAML on slide 1 under a YAMLException alert', () => {
    const deck = render('---\ntitle: [broken\ntype: slide\n---\n\n# Hello\n');
    assert.match(deck.slides[0].html, /^<div id="meta-error" class="alert alert-warning">YAMLException: /);
    assert.match(deck.slides[0].html, /<hr>\n<h2>title: \[broken<br>\ntype: slide<\/h2>\n<h1>Hello<\/h1>/);
    assert.equal(deck.theme, 'black');
  });

  it('shows the YAML without an alert when a blank line comes first', () => {
    const deck = render('\n---\ntitle: x\nslideOptions:\n  theme: white\n---\n\n# Hello\n');
    assert.doesNotMatch(deck.slides[0].html, /meta-error/);
    assert.match(deck.slides[0].html, /<h2>title: x<br>/);
  });
});

describe('render: the raw pass reaches code fences', () => {
  it('drops disallowed attributes from HTML shown in a fence', () => {
    // The fence is coloured afterwards; its text is what the raw pass left.
    const html = slidesHtml('```html\n<p onclick="x()" class="c">hi</p>\n```')[0];
    assert.match(html, /<code class="html hljs">/);
    assert.match(html.replace(/<\/?span[^>]*>/g, ''), /<code class="html hljs">&lt;p class="c"&gt;hi&lt;\/p&gt;/);
  });
});

describe('render: the indentation quirk with tabs', () => {
  it('turns every run of the leading tabs into a newline', () => {
    const [, html] = slidesHtml('# A', '\t\t## Tabbed\n\t\t* one\n\t\t\t* nested');
    // Without the quirk the tab-indented lines would be a code block.
    assert.equal(html, '<h2>Tabbed</h2>\n<ul>\n<li>one\n<ul>\n<li>nested</li>\n</ul>\n</li>\n</ul>\n');
  });

  it('leaves a slide alone that starts with one space', () => {
    const [, html] = slidesHtml('# A', ' text  with  runs');
    assert.equal(html, '<p>text  with  runs</p>\n');
  });
});
