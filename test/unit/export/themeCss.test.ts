import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { themeCssInlined } from '../../../server/src/export/themeCss';

describe('export: theme fonts', () => {
  it('inlines each font the build moved out of a theme, and leaves other URLs alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scs-theme-'));
    mkdirSync(join(dir, 'theme'));
    mkdirSync(join(dir, 'fonts'));
    writeFileSync(join(dir, 'fonts', '0123456789abcdef.woff'), Buffer.from('wOFF-bytes'));
    writeFileSync(join(dir, 'theme', 'white.css'),
      '@font-face{src:url(../fonts/0123456789abcdef.woff)}.a{background:url(img.png)}.b{src:url(../fonts/0123456789abcdef.woff)}');
    const css = themeCssInlined(dir, 'white');
    const data = `url(data:font/woff;base64,${Buffer.from('wOFF-bytes').toString('base64')})`;
    assert.equal(css, `@font-face{src:${data}}.a{background:url(img.png)}.b{src:${data}}`);
  });
});
