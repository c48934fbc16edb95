import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinPath, localImagePath, uploadName } from '../../../server/src/core/render/localImages';

const files = new Set(['/decks/community-call/abc.png', '/decks/uploads/def.jpg', '/decks/community-call/img/a.png', '/decks/common/b.png']);
const exists = (p: string) => files.has(p);

describe('render: local copies of images', () => {
  it('recognises HedgeDoc upload URLs on any host', () => {
    assert.equal(uploadName('https://input.scs.community/uploads/abc.png'), 'abc.png');
    assert.equal(uploadName('http://hedgedoc.example/uploads/x%20y.png?v=1'), 'x y.png');
    assert.equal(uploadName('https://input.scs.community/other/abc.png'), undefined);
  });

  it('takes an upload from beside the deck, then from the upload folders', () => {
    assert.equal(localImagePath('https://input.scs.community/uploads/abc.png', '/decks/community-call', exists), '/decks/community-call/abc.png');
    assert.equal(localImagePath('https://input.scs.community/uploads/def.jpg', '/decks/community-call', exists, ['/decks/uploads']), '/decks/uploads/def.jpg');
    assert.equal(localImagePath('https://input.scs.community/uploads/missing.png', '/decks/community-call', exists), undefined);
  });

  it('resolves relative paths against the deck folder and leaves remote URLs alone', () => {
    assert.equal(localImagePath('./img/a.png', '/decks/community-call', exists), '/decks/community-call/img/a.png');
    assert.equal(localImagePath('../common/b.png', '/decks/community-call', exists), '/decks/common/b.png');
    assert.equal(localImagePath('https://example.org/a.png', '/decks/community-call', exists), undefined);
    assert.equal(localImagePath('data:image/png;base64,AAAA', '/decks/community-call', exists), undefined);
  });

  it('never leaves the folder through an upload name', () => {
    assert.equal(localImagePath('https://h/uploads/..%2Fsecret.png', '/decks/community-call', () => true), undefined);
  });

  it('joins paths with . and ..', () => {
    assert.equal(joinPath('/a/b', './c/../d.png'), '/a/b/d.png');
    assert.equal(joinPath('/a', '../../x'), '/x');
    assert.equal(joinPath('C:\\decks', 'a.png'), 'C:/decks/a.png');
  });
});
