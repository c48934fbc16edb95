import assert from 'node:assert/strict';
import { chmodSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { writeFileAtomic } from '../../../server/src/cli/atomicWrite';
import { FileError } from '../../../server/src/cli/errors';

const dir = mkdtempSync(join(tmpdir(), 'scs-deck-write-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('writeFileAtomic', () => {
  it('leaves a file alone that was edited between the read and the replace', () => {
    const path = file('raced.md', 'old');
    const expected = readFileSync(path);
    assert.throws(
      () => writeFileAtomic(path, 'fixed', { expected, beforeCommit: () => writeFileSync(path, 'edited meanwhile') }),
      (e) => e instanceof FileError && /changed on disk while the fixes were computed/.test(e.message),
    );
    assert.equal(readFileSync(path, 'utf8'), 'edited meanwhile');
    assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('.raced')), [], 'the temporary file is removed');
  });
  it('also for a hard-linked file written in place', () => {
    const path = file('raced-link.md', 'old');
    linkSync(path, join(dir, 'raced-link2.md'));
    const expected = readFileSync(path);
    assert.throws(() => writeFileAtomic(path, 'fixed', { expected, beforeCommit: () => writeFileSync(path, 'edited') }), FileError);
    assert.equal(readFileSync(join(dir, 'raced-link2.md'), 'utf8'), 'edited');
  });
  it('writes when nothing changed, in place for hard links (shorter text cut to length)', () => {
    const path = file('linked.md', 'a long original text');
    linkSync(path, join(dir, 'linked2.md'));
    writeFileAtomic(path, 'short', { expected: readFileSync(path) });
    assert.equal(readFileSync(join(dir, 'linked2.md'), 'utf8'), 'short');
    assert.equal(statSync(path).ino, statSync(join(dir, 'linked2.md')).ino);
  });
  it('refuses read-only files by their mode and follows symbolic links', () => {
    const ro = file('ro.md', 'x');
    chmodSync(ro, 0o444);
    assert.throws(() => writeFileAtomic(ro, 'y'), /read-only \(mode 0444\)/);
    const target = file('target.md', 'x');
    symlinkSync(target, join(dir, 'via-link.md'));
    writeFileAtomic(join(dir, 'via-link.md'), 'y');
    assert.equal(readFileSync(target, 'utf8'), 'y');
  });
});
