import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAllowedDataAttribute, urlContext } from '../../../server/src/core/url/attributeUrls';
import { render } from './helpers';

const SVG = 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4g';
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUg'; // no `=`: attribute comments drop such values

describe('render: data: URLs in the attributes reveal.js loads', () => {
  it('knows what each attribute loads into', () => {
    assert.equal(urlContext('section', 'data-background-iframe'), 'frame');
    assert.equal(urlContext('iframe', 'data-src'), 'frame');
    assert.equal(urlContext('video', 'data-src'), 'media');
    assert.equal(urlContext('img', 'data-src'), 'image');
    assert.equal(urlContext('div', 'data-src'), 'frame');
    assert.equal(urlContext('section', 'data-background-video'), 'media');
    assert.equal(urlContext('section', 'data-background-image'), 'image');
    assert.equal(urlContext('a', 'data-preview-link'), 'frame');
    assert.equal(urlContext('section', 'data-state'), undefined);
  });

  it('drops every data: URL from frames and media, SVG included', () => {
    for (const [tag, name] of [['section', 'data-background-iframe'], ['iframe', 'data-src'], ['section', 'data-background-video'], ['video', 'data-src'], ['source', 'data-src'], ['a', 'data-preview-link']]) {
      for (const value of [SVG, PNG, 'data:text/html,<script>x</script>', ' DATA:image/svg+xml,<svg/>', 'da\nta:image/svg+xml,x', 'https://example.org/v.mp4,data:video/mp4;base64,AA']) {
        assert.equal(isAllowedDataAttribute(tag, name, value), false, `${tag}[${name}]=${value}`);
      }
      assert.equal(isAllowedDataAttribute(tag, name, 'https://example.org/page'), true);
    }
  });

  it('lets images be raster data: URLs but not SVG, script or local-only schemes', () => {
    assert.equal(isAllowedDataAttribute('section', 'data-background-image', PNG), true);
    assert.equal(isAllowedDataAttribute('section', 'data-background', 'data:image/jpeg;base64,AA'), true);
    assert.equal(isAllowedDataAttribute('section', 'data-background', '#ff0000'), true);
    for (const value of [SVG, 'data:image/svg+xml,<svg/>', 'javascript:alert(1)', ' java\tscript:x', 'blob:https://a/b', 'file:///etc/passwd', `${PNG},data:text/html,x`, `${PNG}), url(http://127.0.0.1/x`, `${PNG}') url('x`]) {
      assert.equal(isAllowedDataAttribute('section', 'data-background-image', value), false, value);
    }
  });

  it('strips them from attribute comments and raw HTML before reveal.js sees them', () => {
    const deck = render(
      `<!-- .slide: data-background-iframe="${SVG}" data-background-video="data:video/mp4;base64,AAAA" data-background-image="${PNG}" data-state="ok" -->\n` +
        `<iframe data-src="${SVG}"></iframe>\n\n<iframe data-src="data:image/png;base64,AA"></iframe>\n\n<video data-src="data:image/svg+xml,x"></video>`,
    );
    assert.deepEqual(deck.slides[0].attributes, { 'data-background-image': PNG, 'data-state': 'ok' });
    assert.doesNotMatch(deck.slides[0].html, /data-src/);
  });
});
