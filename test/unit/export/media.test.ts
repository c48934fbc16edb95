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
});
