import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cli } from './run';

const base = mkdtempSync(join(tmpdir(), 'scs-deck-fs-'));
after(() => rmSync(base, { recursive: true, force: true }));

const run = (...args: string[]) => cli(args, base);

/** A fresh folder for one test, with the given files (a Buffer is written as bytes). */
function tree(name: string, files: Record<string, string | Buffer> = {}): string {
  const dir = join(base, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const FM = '---\ntitle: FS test\ntype: slide\n---\n\n';
const EMPTY_SLIDE = FM + '# A\n\n---\n\n---\n\n# B\n';
// --fix applies only fixes that keep slide numbers: the file-system tests fix a quoted colour.
const QUOTED = FM + '<style>\n.a { color: "#fff"; }\n</style>\n\n# A\n';
const QUOTED_FIXED = FM + '<style>\n.a { color: #fff; }\n</style>\n\n# A\n';
type Result = { file: string; error?: string; diagnostics: { rule: string; severity: string; message: string }[] };

describe('scs-deck lint: one bad file does not stop the others', () => {
  it('reports a binary or oversized deck as a file error, lints the rest, keeps the JSON valid and exits 2', () => {
    const dir = tree('bad-files', {
      'community-call/20261126.md': EMPTY_SLIDE,
      'community-call/20261203.md': Buffer.concat([Buffer.from(FM), Buffer.from([0, 1, 2])]),
      'big.md': FM + '# Big\n\n' + 'x'.repeat(4000) + '\n',
      'z-last.md': EMPTY_SLIDE,
    });
    const r = run('lint', '--format', 'json', '--max-size-kb', '2', dir);
    assert.equal(r.code, 2, r.stderr);
    const results = JSON.parse(r.stdout) as Result[];
    const byName = new Map(results.map((x) => [x.file.slice(dir.length + 1), x]));
    assert.deepEqual([...byName.keys()].sort(), ['big.md', 'community-call/20261126.md', 'community-call/20261203.md', 'z-last.md']);
    assert.match(byName.get('community-call/20261203.md')!.error!, /binary file/);
    assert.match(byName.get('big.md')!.error!, /over the 2 KiB size cap/);
    assert.deepEqual(byName.get('big.md')!.diagnostics.map((d) => [d.rule, d.severity]), [['file-error', 'error']]);
    assert.deepEqual(byName.get('community-call/20261126.md')!.diagnostics.map((d) => d.rule), ['empty-slide']);
    assert.deepEqual(byName.get('z-last.md')!.diagnostics.map((d) => d.rule), ['empty-slide']);
  });
  it('says so in the text and GitHub formats too', () => {
    const dir = tree('bad-text', { 'a.md': EMPTY_SLIDE, 'b.md': Buffer.concat([Buffer.from(FM), Buffer.from([0])]) });
    const text = run('lint', dir);
    assert.equal(text.code, 2);
    assert.match(text.stdout, /b\.md:1:1: error binary file, not a Markdown deck \[file-error\]/);
    assert.match(text.stdout, /a\.md:8:1: warning .*\[empty-slide\]/);
    assert.match(text.stdout, /1 file could not be read or written/);
    assert.match(run('lint', '--format', 'github', dir).stdout, /::error file=.*b\.md,line=1,.*title=file-error::binary file/);
  });
  it('refuses a FIFO named on the command line instead of waiting on it forever, and lints the other file', () => {
    const dir = tree('fifo', { 'deck.md': EMPTY_SLIDE });
    const fifo = join(dir, 'pipe.md');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const r = run('lint', '--format', 'json', fifo, join(dir, 'deck.md'));
    assert.equal(r.code, 2, r.stderr);
    const [pipe, deck] = JSON.parse(r.stdout) as Result[];
    assert.match(pipe.error!, /not a regular file/);
    assert.deepEqual(deck.diagnostics.map((d) => d.rule), ['empty-slide']);
  });
  it('passes over a non-deck it cannot read whole, as it passes over any non-deck', () => {
    const dir = tree('notes', { 'deck.md': FM + '# A\n', 'notes.md': Buffer.from([0x23, 0x20, 0, 0xff]), 'export.md': '# Export\n\n' + 'y'.repeat(4000) });
    const r = run('lint', '--format', 'json', '--max-size-kb', '2', dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual((JSON.parse(r.stdout) as Result[]).map((x) => x.file), [join(dir, 'deck.md')]);
  });
});

describe('scs-deck lint --fix and the file system', () => {
  it('fixes the target of a symbolic link and keeps the link', () => {
    const dir = tree('symlink', { 'real/deck.md': QUOTED });
    const link = join(dir, 'link.md');
    symlinkSync(join(dir, 'real/deck.md'), link);
    const r = run('lint', '--fix', link);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
    assert.equal(readFileSync(join(dir, 'real/deck.md'), 'utf8'), QUOTED_FIXED);
    assert.deepEqual(readdirSync(join(dir, 'real')), ['deck.md'], 'no temporary file is left behind');
  });
  it('refuses a read-only file (mode 0444), even when run as root, and still reports its problems', () => {
    const dir = tree('readonly', { 'deck.md': QUOTED, 'other.md': QUOTED });
    const file = join(dir, 'deck.md');
    chmodSync(file, 0o444);
    const r = run('lint', '--fix', '--format', 'json', file, join(dir, 'other.md'));
    assert.equal(r.code, 2);
    assert.equal(readFileSync(file, 'utf8'), QUOTED);
    assert.equal(statSync(file).mode & 0o777, 0o444);
    const [ro, other] = JSON.parse(r.stdout) as Result[];
    assert.match(ro.error!, /not fixed: the file is read-only \(mode 0444\)/);
    assert.deepEqual(ro.diagnostics.map((d) => d.rule), ['file-error', 'invalid-css']);
    assert.equal(other.diagnostics.length, 0, 'the other file was fixed');
    assert.equal(readFileSync(join(dir, 'other.md'), 'utf8'), QUOTED_FIXED);
  });
  it('keeps hard links together: every name sees the fix', () => {
    const dir = tree('hardlink', { 'a.md': QUOTED });
    linkSync(join(dir, 'a.md'), join(dir, 'b.md'));
    const r = run('lint', '--fix', join(dir, 'a.md'));
    assert.equal(r.code, 0, r.stderr);
    assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), QUOTED_FIXED);
    assert.equal(statSync(join(dir, 'a.md')).ino, statSync(join(dir, 'b.md')).ino);
    assert.equal(statSync(join(dir, 'a.md')).nlink, 2);
    assert.deepEqual(readdirSync(dir).sort(), ['a.md', 'b.md']);
  });
  it('keeps the mode of a group-writable file', () => {
    const dir = tree('mode', { 'deck.md': QUOTED });
    chmodSync(join(dir, 'deck.md'), 0o664);
    assert.equal(run('lint', '--fix', join(dir, 'deck.md')).code, 0);
    assert.equal(statSync(join(dir, 'deck.md')).mode & 0o777, 0o664);
  });
});

describe('scs-deck lint in directories with symbolic links', () => {
  it('lints a linked deck inside the folder once, notes one outside, and does not loop', () => {
    const outside = tree('outside', { 'far.md': EMPTY_SLIDE });
    const dir = tree('links', { 'decks/deck.md': EMPTY_SLIDE, 'decks/store/kept.txt': EMPTY_SLIDE, 'shared/inner.md': EMPTY_SLIDE });
    symlinkSync(join(dir, 'decks/store/kept.txt'), join(dir, 'decks/kept.md'));
    symlinkSync(join(dir, 'decks/deck.md'), join(dir, 'decks/also-deck.md'));
    symlinkSync(join(dir, 'shared/inner.md'), join(dir, 'decks/inner-link.md'));
    symlinkSync(join(outside, 'far.md'), join(dir, 'decks/far.md'));
    symlinkSync(dir, join(dir, 'decks/loop'));
    const r = run('lint', '--format', 'json', join(dir, 'decks'));
    assert.equal(r.code, 0, r.stderr);
    const files = (JSON.parse(r.stdout) as Result[]).map((x) => x.file.slice(dir.length + 1));
    assert.deepEqual(files, ['decks/deck.md', 'decks/kept.md'], 'the link to deck.md adds nothing; links out of decks/ are skipped');
    assert.match(r.stderr, /decks\/far\.md: skipped: symbolic link to .*far\.md, outside /);
    assert.match(r.stderr, /decks\/inner-link\.md: skipped: symbolic link to .*outside /);
    const whole = run('lint', '--format', 'json', dir);
    assert.equal(whole.code, 0, whole.stderr);
    assert.deepEqual((JSON.parse(whole.stdout) as Result[]).map((x) => x.file.slice(dir.length + 1)), ['decks/deck.md', 'decks/kept.md', 'shared/inner.md'], 'each file once, the loop not followed');
  });
});

describe('.scs-deck.json limits', () => {
  it('refuses an oversized file with one clear error instead of a warning per entry', () => {
    const rules = Object.fromEntries(Array.from({ length: 12_000 }, (_, i) => [`no-such-rule-${i}`, 'off']));
    const dir = tree('huge-config', { '.scs-deck.json': JSON.stringify({ rules }), 'deck.md': EMPTY_SLIDE });
    const r = run('lint', join(dir, 'deck.md'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.scs-deck\.json: cannot read it: \d+ KiB is over the 256 KiB limit/);
    assert.ok(r.stderr.trim().split('\n').length <= 2, r.stderr.slice(0, 500));
  });
  it('lists at most 20 problems of a config, once per run', () => {
    const rules = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`no-such-rule-${i}`, 'off']));
    const dir = tree('many-problems', { '.scs-deck.json': JSON.stringify({ rules }), 'a.md': EMPTY_SLIDE, 'b.md': EMPTY_SLIDE });
    const r = run('lint', dir);
    assert.equal(r.code, 0);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 20, r.stderr.slice(0, 500));
    assert.match(lines[19], /and 481 more problems/);
  });
  it('fails clearly when .scs-deck.json is a directory', () => {
    const dir = tree('config-dir', { '.scs-deck.json/x': '', 'deck.md': EMPTY_SLIDE });
    const r = run('lint', '--format', 'json', join(dir, 'deck.md'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.scs-deck\.json: cannot read it: it is a directory/);
    assert.match((JSON.parse(r.stdout) as Result[])[0].error!, /not linted: .*is a directory/);
  });
});
