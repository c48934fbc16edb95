import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskCode } from '../../../server/src/core/text/codeMask';

describe('maskCode', () => {
  it('blanks code spans and keeps offsets', () => {
    const text = 'a `:x:` b ``c ` d`` e';
    const masked = maskCode(text);
    assert.equal(masked.length, text.length);
    assert.equal(masked, `a ${' '.repeat(5)} b ${' '.repeat(9)} e`);
  });
  it('blanks fenced blocks, delimiters included, and keeps line breaks', () => {
    assert.equal(maskCode('x\n```js\n<b>\n```\ny'), 'x\n     \n   \n   \ny');
    assert.equal(maskCode('~~~\n:tada:\n'), '   \n      \n');
  });
  it('leaves an unmatched backtick and spans across a blank line alone', () => {
    assert.equal(maskCode('a ` b'), 'a ` b');
    assert.equal(maskCode('a `b\n\nc` d'), 'a `b\n\nc` d');
  });
  it('blanks HTML comments on request', () => {
    assert.equal(maskCode('<!-- .slide: x -->y', { comments: true }), '                  y');
    assert.equal(maskCode('<!-- a -->y'), '<!-- a -->y');
  });
});
