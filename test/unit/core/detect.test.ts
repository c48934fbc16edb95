import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDeck } from '../../../server/src/core';

describe('deck detection', () => {
  it('accepts type: slide front matter, even when HedgeDoc would not recognise it', () => {
    assert.equal(isDeck('---\ntype: slide\n---\n', '/a/notes.md'), true);
    assert.equal(isDeck('\n---\ntype: slide\n---\n', '/a/notes.md'), true);
    assert.equal(isDeck('\uFEFF---\ntype: "slide"\n---\n', '/a/notes.md'), true);
    assert.equal(isDeck('---\ntype: slide\ntitle: [oops\n---\n', '/a/notes.md'), true);
  });
  it('accepts paths matching the include globs unless excluded', () => {
    assert.equal(isDeck('# hi', '/home/u/minutes/community-call/20240912.md'), true);
    assert.equal(isDeck('# hi', 'C:\\minutes\\community-call\\20240912.md'), true);
    assert.equal(isDeck('# hi', '/home/u/minutes/community-call/sub/x.md'), false);
    assert.equal(isDeck('# hi', '/x/community-call/a.md', { include: ['**/community-call/*.md'], exclude: ['**/a.md'] }), false);
  });
  it('ignores other Markdown', () => {
    assert.equal(isDeck('# Readme\n\ntype: slide', '/a/README.md'), false);
    assert.equal(isDeck('---\ntitle: x\n---\n', '/a/README.md'), false);
    assert.equal(isDeck('', undefined), false);
  });
});
