import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deckFileNameFromTitle } from '../../../server/src/hedgedoc/deckName';
import { storageChanges, storedForm } from '../../../server/src/hedgedoc/storedText';
import { findUploads, safeName } from '../../../server/src/hedgedoc/uploads';

describe('findUploads', () => {
  it('finds uploads of the server in images, HTML and slide comments, each once', () => {
    const md = [
      '![](https://hd.example/uploads/a.png)',
      '<img src="https://hd.example/uploads/b.jpg" width=3>',
      '<!-- .slide: data-background-image="https://hd.example/uploads/c.webp" -->',
      'see https://hd.example/uploads/a.png.',
      '![](https://other.example/uploads/x.png) ![](https://hd.example/pics/y.png)',
    ].join('\n');
    assert.deepEqual(findUploads(md, 'https://hd.example'), { onServer: ['a.png', 'b.jpg', 'c.webp'], elsewhere: ['https://other.example/uploads/x.png'] });
  });

  it('does not treat names with folders or dot files as uploads of the server', () => {
    const md = '![](https://hd.example/uploads/..%2Fsecret) ![](https://hd.example/uploads/.env)';
    assert.deepEqual(findUploads(md, 'https://hd.example').onServer, []);
    assert.equal(safeName('a%20b.png'), 'a b.png');
    assert.equal(safeName('%E0%A4%A'), undefined);
  });
});

describe('deckFileNameFromTitle', () => {
  it('takes the date of the community-call title', () => {
    assert.equal(deckFileNameFromTitle('---\ntype: slide\n---\n\n# SCS Community Call</br> 2024-05-30\n'), '20240530.md');
    assert.equal(deckFileNameFromTitle('# Sovereign Cloud Stack\n## Community Call 2024-09-12'), '20240912.md');
    assert.equal(deckFileNameFromTitle('# Planning 2025-01-09\ntext'), '20250109.md');
    assert.equal(deckFileNameFromTitle('# Community Call 202X-XX-XX'), undefined);
    assert.equal(deckFileNameFromTitle('no title'), undefined);
  });
});

describe('storedForm', () => {
  it('is what HedgeDoc keeps of a posted deck: no BOM, no carriage returns', () => {
    assert.equal(storedForm('\uFEFF# a\r\nb\r\n'), '# a\nb\n');
    assert.equal(storedForm('# a\nb'), '# a\nb');
    assert.equal(storedForm('a\uFEFFb'), 'a\uFEFFb');
    assert.equal(storageChanges('# a\nb\n').length, 0);
    assert.equal(storageChanges('\uFEFF# a\r\n').length, 2);
  });
});
