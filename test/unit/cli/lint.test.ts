import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readDeckText } from '../../../server/src/cli/files';

const ROOT = join(__dirname, '../../..');
/** The built CLI (`npm test` builds first); SCS_DECK_CLI names another entry script, e.g. one that runs the sources. */
const CLI = process.env.SCS_DECK_CLI ? [process.env.SCS_DECK_CLI] : [join(ROOT, 'bin/scs-deck.js')];
const dir = mkdtempSync(join(tmpdir(), 'scs-deck-lint-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, 'lint', ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const FM = '---\ntitle: Lint test\ntype: slide\n---\n\n';
const EMPTY_SLIDE = FM + '# A\n\n---\n\n---\n\n# B\n';

describe('scs-deck lint', () => {
  it('prints the JSON format exactly, 1-based', () => {
    const file = write('json/empty.md', EMPTY_SLIDE);
    const r = run('--format', 'json', '--rule', 'empty-slide', file);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), [{ file, diagnostics: [{ line: 8, column: 1, endLine: 8, endColumn: 4, severity: 'warning', rule: 'empty-slide', message: 'Two separators in a row make an empty slide. The audience sees a blank slide 2.', fixable: true }] }]);
  });
  it('prints GitHub annotations', () => {
    const file = write('gh/empty.md', EMPTY_SLIDE);
    const r = run('--format', 'github', '--rule', 'empty-slide', file);
    assert.equal(r.stdout.trim(), `::warning file=${file},line=8,col=1,endLine=8,endColumn=4,title=empty-slide::Two separators in a row make an empty slide. The audience sees a blank slide 2.`);
  });
  it('exits 1 on an error-level problem, 0 without, 2 on usage and I/O errors', () => {
    const bad = write('codes/bad.md', '\n' + EMPTY_SLIDE);
    assert.equal(run(bad).code, 1);
    assert.match(run(bad).stdout, /front-matter-not-at-start/);
    assert.equal(run(write('codes/ok.md', FM + '# A\n')).code, 0);
    assert.equal(run('--format', 'xml', bad).code, 2);
    assert.equal(run('--rule', 'no-such-rule', bad).code, 2);
    assert.equal(run(join(dir, 'missing.md')).code, 2);
    assert.equal(run().code, 2);
  });
  it('reads .scs-deck.json walking up from the deck', () => {
    write('configured/.scs-deck.json', JSON.stringify({ rules: { 'empty-slide': 'error' } }));
    const file = write('configured/deep/deck.md', EMPTY_SLIDE);
    const r = run('--format', 'json', '--rule', 'empty-slide', file);
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout)[0].diagnostics[0].severity, 'error');
    write('broken/.scs-deck.json', '{ rules: ');
    const r2 = run(write('broken/deck.md', EMPTY_SLIDE));
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /\.scs-deck\.json: cannot read it/);
  });
  it('honours inline disable comments', () => {
    const file = write('inline/deck.md', FM + '# A\n\n<!-- scs-deck-disable-next-line empty-slide -->\n\n---\n\n---\n\n# B\n');
    assert.deepEqual(JSON.parse(run('--format', 'json', '--rule', 'empty-slide', file).stdout)[0].diagnostics, []);
  });
  it('--fix rewrites atomically, keeps CRLF, BOM and the final newline, and reports what changed', () => {
    const text = '\uFEFF' + (FM + '# A\n\n<!-- note\n\n---\n\nstill -->\n## B\n\n---\n').replace(/\n/g, '\r\n');
    const file = write('fix/crlf.md', text);
    const r = run('--fix', '--rule', 'empty-slide', '--rule', 'comment-spans-separator', file);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const fixed = readFileSync(file, 'utf8');
    assert.equal(fixed, '\uFEFF' + (FM + '# A\n\n<!-- note\n-->\n\n---\n\n<!--\nstill -->\n## B\n').replace(/\n/g, '\r\n'));
    assert.match(r.stderr, /fixed .*empty-slide ×1/);
    assert.deepEqual(readdirSync(join(dir, 'fix')), ['crlf.md'], 'no temporary file is left behind');
  });
  it('--fix applies no fix that renumbers slides', () => {
    const text = FM + '# A\n\n* item\n----\n\n## B\n\n---\n\n---\n\n# C\n';
    const file = write('fix/structure.md', text);
    run('--fix', file);
    assert.equal(readFileSync(file, 'utf8'), text);
  });
  it('--fix leaves a clean file untouched', () => {
    const file = write('fix/clean.md', FM + '# A\n');
    const before = statSync(file).mtimeMs;
    const r = run('--fix', file);
    assert.equal(r.code, 0);
    assert.equal(statSync(file).mtimeMs, before);
    assert.equal(r.stderr, '');
  });
  it('lints only decks inside directories', () => {
    write('tree/README.md', '# Readme\n\n---\n\n---\n');
    write('tree/community-call/20261126.md', EMPTY_SLIDE.replace('type: slide\n', ''));
    const r = JSON.parse(run('--format', 'json', join(dir, 'tree')).stdout) as { file: string }[];
    assert.deepEqual(r.map((x) => x.file.slice(dir.length)), ['/tree/community-call/20261126.md']);
  });
});

describe('rule manifest', () => {
  it('package.json settings and the .scs-deck.json schema match the registry', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/rule-manifest.ts'), '--check'], { encoding: 'utf8', cwd: ROOT });
    assert.equal(r.status, 0, `${r.stderr} (run: node --import tsx scripts/rule-manifest.ts)`);
  });
});

describe('scs-deck lint checks images on disk', () => {
  it('reports a relative image that does not exist beside the deck, and not one that does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scs-deck-images-'));
    const deck = join(dir, 'deck.md');
    writeFileSync(join(dir, 'here.png'), 'png');
    writeFileSync(deck, '---\ntype: slide\n---\n\n![](./here.png)\n\n![](./gone.png)\n');
    const r = run('--format', 'json', '--rule', 'missing-image', deck);
    const found = JSON.parse(r.stdout)[0].diagnostics;
    assert.deepEqual(found.map((d: { line: number; rule: string }) => [d.line, d.rule]), [[7, 'missing-image']]);
  });
});

describe('scs-deck lint on invalid UTF-8', () => {
  it('lints the file but refuses to fix it, leaving every byte as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scs-deck-utf8-'));
    const deck = join(dir, 'deck.md');
    const bytes = Buffer.concat([Buffer.from('---\ntype: slide\n---\n\n# Caf'), Buffer.from([0xe9, 0xff]), Buffer.from('\n\n---\n\n---\n\n# B\n')]);
    writeFileSync(deck, bytes);
    const r = run('--fix', deck);
    assert.match(r.stderr, /not valid UTF-8, so not fixed/);
    assert.match(r.stdout, /empty-slide/);
    assert.ok(readFileSync(deck).equals(bytes), 'the file is untouched');
  });
  it('calls UTF-8 valid exactly when decoding and encoding again gives the same bytes', () => {
    const file = join(dir, 'bytes.md');
    const cases = [[0xef, 0xbb, 0xbf, 0x41], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [...Buffer.from('Brühl – 🎉')]];
    for (const c of cases) {
      const bytes = Buffer.from(c);
      writeFileSync(file, bytes);
      assert.equal(readDeckText(file).validUtf8, Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes), bytes.toString('hex'));
    }
  });
});
