import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeServerUrl, noteUrls, NoteUrlError, parseNoteUrl } from '../../../server/src/hedgedoc/noteUrl';

describe('parseNoteUrl', () => {
  it('takes the server from the URL and the id from the editor, published and slide forms', () => {
    assert.deepEqual(parseNoteUrl('https://input.scs.community/AbC-d_9xYzQwErTyUiOpAs'), { server: 'https://input.scs.community', id: 'AbC-d_9xYzQwErTyUiOpAs', view: 'note' });
    assert.deepEqual(parseNoteUrl('https://input.scs.community/s/r1Xk2'), { server: 'https://input.scs.community', id: 'r1Xk2', view: 'published' });
    assert.deepEqual(parseNoteUrl('https://input.scs.community/p/r1Xk2#/3/1'), { server: 'https://input.scs.community', id: 'r1Xk2', view: 'slides' });
    assert.deepEqual(parseNoteUrl('http://127.0.0.1:3311/abc?both'), { server: 'http://127.0.0.1:3311', id: 'abc', view: 'note' });
  });

  it('accepts action suffixes and decodes aliases', () => {
    assert.equal(parseNoteUrl('https://hd.example/my%20deck/download').id, 'my deck');
    assert.equal(parseNoteUrl('https://hd.example/abc/slide').id, 'abc');
    assert.equal(parseNoteUrl('  https://hd.example/abc/  ').id, 'abc');
  });

  it('resolves a bare id against the configured server', () => {
    assert.deepEqual(parseNoteUrl('abc', 'https://hd.example/'), { server: 'https://hd.example', id: 'abc', view: 'note' });
    assert.throws(() => parseNoteUrl('abc'), NoteUrlError);
  });

  it('keeps the sub-path of a configured server mounted below the root', () => {
    assert.deepEqual(parseNoteUrl('https://hd.example/pad/p/xyz', 'https://hd.example/pad'), { server: 'https://hd.example/pad', id: 'xyz', view: 'slides' });
  });

  it('refuses URLs that do not name a note', () => {
    for (const bad of ['https://hd.example/', 'https://hd.example/new', 'https://hd.example/uploads/a.png', 'https://hd.example/status',
      'https://hd.example/a/b/c', 'ftp://hd.example/abc', 'https://user:pw@hd.example/abc', 'https://hd.example/s/', 'http://', 'a b']) {
      assert.throws(() => parseNoteUrl(bad, 'https://hd.example'), NoteUrlError, bad);
    }
  });
});

describe('normalizeServerUrl and noteUrls', () => {
  it('drops trailing slashes, queries and fragments', () => {
    assert.equal(normalizeServerUrl('https://input.scs.community/'), 'https://input.scs.community');
    assert.equal(normalizeServerUrl('https://HD.example:443/pad//?x#y'), 'https://hd.example/pad');
    assert.throws(() => normalizeServerUrl('input.scs.community'), NoteUrlError);
    assert.throws(() => normalizeServerUrl('file:///etc'), NoteUrlError);
  });

  it('builds the note, slide and download URLs', () => {
    assert.deepEqual(noteUrls('https://hd.example', 'a b'), { note: 'https://hd.example/a%20b', slides: 'https://hd.example/p/a%20b', download: 'https://hd.example/a%20b/download' });
  });
});

describe('CLI help', () => {
  it('lists pull and push with their options', async () => {
    const { commandHelp } = await import('../../../server/src/cli/main');
    assert.match(commandHelp('pull'), /scs-deck pull <note-url> \[-o file\] \[--server URL\]/);
    assert.match(commandHelp('push'), /scs-deck push <deck\.md> \[--server URL\]/);
  });
});
