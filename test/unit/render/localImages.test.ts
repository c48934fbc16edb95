import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinPath, localImagePath, uploadName } from '../../../server/src/core/render/localImages';

const files = new Set(['/decks/community-call/abc.png', '/decks/uploads/def.jpg', '/decks/community-call/img/a.png', '/decks/common/b.png']);
const exists = (p: string) => (files.has(p) ? { ok: true as const, file: p, mime: 'image/png' } : undefined);
const at = (url: string, dir: string, check = exists, uploads: string[] = []) => {
  const found = localImagePath(url, dir, check, uploads);
  return found?.ok ? found.file : found;
};

describe('render: local copies of images', () => {
  it('recognises HedgeDoc upload URLs on any host', () => {
    assert.equal(uploadName('https://input.scs.community/uploads/abc.png'), 'abc.png');
    assert.equal(uploadName('http://hedgedoc.example/uploads/x%20y.png?v=1'), 'x y.png');
    assert.equal(uploadName('https://input.scs.community/other/abc.png'), undefined);
  });

  it('takes an upload from beside the deck, then from the upload folders', () => {
    assert.equal(at('https://input.scs.community/uploads/abc.png', '/decks/community-call', exists), '/decks/community-call/abc.png');
    assert.equal(at('https://input.scs.community/uploads/def.jpg', '/decks/community-call', exists, ['/decks/uploads']), '/decks/uploads/def.jpg');
    assert.equal(at('https://input.scs.community/uploads/missing.png', '/decks/community-call', exists), undefined);
  });

  it('resolves relative paths against the deck folder and leaves remote URLs alone', () => {
    assert.equal(at('./img/a.png', '/decks/community-call', exists), '/decks/community-call/img/a.png');
    assert.equal(at('../common/b.png', '/decks/community-call', exists), '/decks/common/b.png');
    assert.equal(at('https://example.org/a.png', '/decks/community-call', exists), undefined);
    assert.equal(at('data:image/png;base64,AAAA', '/decks/community-call', exists), undefined);
  });

  it('never leaves the folder through an upload name', () => {
    assert.equal(at('https://h/uploads/..%2Fsecret.png', '/decks/community-call', (p) => ({ ok: true, file: p, mime: 'image/png' })), undefined);
  });

  it('joins paths with . and ..', () => {
    assert.equal(joinPath('/a/b', './c/../d.png'), '/a/b/d.png');
    assert.equal(joinPath('/a', '../../x'), '/x');
    assert.equal(joinPath('C:\\decks', 'a.png'), 'C:/decks/a.png');
  });
});

describe('render: which bytes are an image', () => {
  it('knows the image formats by their first bytes, not by the file name', async () => {
    const { imageMime } = await import('../../../server/src/core/render/imageMagic');
    const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)));
    assert.equal(imageMime(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'image/png');
    assert.equal(imageMime(bytes([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
    assert.equal(imageMime(bytes('GIF89a')), 'image/gif');
    assert.equal(imageMime(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')), 'image/webp');
    assert.equal(imageMime(bytes([0, 0, 0, 0x1c], 'ftypavif')), 'image/avif');
    assert.equal(imageMime(bytes('BM', new Array(30).fill(0))), 'image/bmp');
    assert.equal(imageMime(bytes([0, 0, 1, 0, 1, 0], new Array(20).fill(0))), 'image/x-icon');
    assert.equal(imageMime(bytes('\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"/>')), 'image/svg+xml');
    assert.equal(imageMime(bytes('<?xml version="1.0"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n<svg>')), 'image/svg+xml');
    assert.equal(imageMime(bytes('<?xml version="1.0"?><html>')), undefined);
    assert.equal(imageMime(bytes('root:x:0:0:root:/root:/bin/bash\n')), undefined);
    assert.equal(imageMime(bytes('-----BEGIN OPENSSH PRIVATE KEY-----')), undefined);
    assert.equal(imageMime(bytes('BM')), undefined);
    assert.equal(imageMime(bytes([]) ), undefined);
  });

  it('hands the checker the path after decoding and folding, and passes its refusal on', () => {
    const seen: string[] = [];
    const refuse = (p: string) => (seen.push(p), { ok: false as const, reason: 'no' });
    assert.deepEqual(localImagePath('./%2e%2e/%2E%2E/etc/passwd', '/decks/community-call', refuse), { ok: false, reason: 'no', path: '/etc/passwd' });
    assert.deepEqual(localImagePath('./a\\..\\..\\..\\b.png', '/decks/community-call', refuse)?.path, '/b.png');
    assert.equal(localImagePath('./a%00.png', '/decks/community-call', refuse), undefined);
    assert.deepEqual(seen, ['/etc/passwd', '/b.png']);
  });
});
