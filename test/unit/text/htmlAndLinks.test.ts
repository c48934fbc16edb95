import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findHtmlTags } from '../../../server/src/core/text/htmlTags';
import { findMarkdownLinks } from '../../../server/src/core/text/markdownLinks';

describe('findHtmlTags', () => {
  it('reads tags with quoted, unquoted and bare attributes, with value offsets', () => {
    const text = `<img src="a.png" align=left onclick='x()' hidden> </font>`;
    const [img, font] = findHtmlTags(text);
    assert.deepEqual(img.attributes.map((a) => [a.name, a.value]), [['src', 'a.png'], ['align', 'left'], ['onclick', 'x()'], ['hidden', undefined]]);
    assert.equal(text.slice(img.attributes[2].valueStart, img.attributes[2].valueEnd), 'x()');
    assert.deepEqual([font.name, font.closing], ['font', true]);
  });
  it('does not take autolinks or e-mail addresses for tags', () => {
    assert.deepEqual(findHtmlTags('<https://x.org> <a@b.c>'), []);
  });
});

describe('findMarkdownLinks', () => {
  it('finds inline, nested, angle-bracketed and reference destinations', () => {
    const text = '[![badge](img/a.png)](page.md) ![](x.png =640x) [a](<b c.md>)\n[ref]: ref.md\n';
    assert.deepEqual(findMarkdownLinks(text).map((l) => [l.image, l.url]), [[true, 'img/a.png'], [false, 'page.md'], [true, 'x.png'], [false, 'b c.md'], [false, 'ref.md']]);
  });
});
