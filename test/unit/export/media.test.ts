import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findMedia } from '../../../server/src/export/media';

describe('export media: reveal.js as HedgeDoc 1.12 serves it', () => {
  const media = findMedia();

  it('is reveal.js 3.9.2 with its eleven themes, zenburn and the print layout', (t) => {
    if (!media) return t.skip('media not built (node scripts/build.mjs)');
    assert.match(readFileSync(join(media.revealDir, 'reveal.js'), 'utf8'), /var VERSION = '3\.9\.2';/);
    assert.deepEqual(readdirSync(join(media.revealDir, 'theme')).sort(), ['beige', 'black', 'blood', 'league', 'moon', 'night', 'serif', 'simple', 'sky', 'solarized', 'white'].map((n) => `${n}.css`));
    assert.match(readFileSync(join(media.revealDir, 'zenburn.css'), 'utf8'), /\.hljs \{[^}]*background: #3f3f3f;/);
    assert.match(readFileSync(join(media.revealDir, 'print-pdf.css'), 'utf8'), /\.pdf-page/);
  });

  it('keeps no theme font import: HedgeDoc draws slides in its own font stack', (t) => {
    if (!media) return t.skip('media not built (node scripts/build.mjs)');
    for (const theme of readdirSync(join(media.revealDir, 'theme'))) {
      assert.doesNotMatch(readFileSync(join(media.revealDir, 'theme', theme), 'utf8'), /@import/, theme);
    }
  });

  it('has MathJax 2.7.9 as one bundle with the files HedgeDoc loads, its 22 TeX web fonts and its licence', (t) => {
    if (!media) return t.skip('media not built (node scripts/build.mjs)');
    const bundle = readFileSync(join(media.mathjaxDir, 'mathjax.js'), 'utf8');
    assert.match(bundle, /MathJax\.version="2\.7\.9"|version:"2\.7\.9"/);
    // In HedgeDoc's order: MathJax.js, then its two configurations.
    const order = ['MathJax.Hub.Startup', 'MathJax.Ajax.loadComplete("[MathJax]/config/TeX-AMS-MML_HTMLorMML.js")', 'MathJax.Ajax.loadComplete("[MathJax]/config/Safe.js")'].map((s) => bundle.indexOf(s));
    assert.ok(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1])), order.join(' '));
    for (const part of ['jax/output/HTML-CSS/jax.js', 'jax/output/HTML-CSS/fonts/TeX/fontdata.js', 'jax/output/HTML-CSS/autoload/mtable.js', 'extensions/TeX/color.js', 'extensions/Safe.js']) {
      assert.ok(bundle.includes(`f[${JSON.stringify(part)}]=function(){`), part);
    }
    assert.ok(!bundle.includes('f["jax/output/HTML-CSS/fonts/TeX/WinIE6'), 'no IE-only font data');
    assert.equal(readdirSync(join(media.mathjaxDir, 'fonts')).filter((f) => f.endsWith('.woff')).length, 22);
    assert.match(readFileSync(join(media.mathjaxDir, 'LICENSE'), 'utf8'), /Apache License/);
  });
});
