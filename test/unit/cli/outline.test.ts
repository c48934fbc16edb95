import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli } from './run';

const deck = '---\ntitle: T\ntype: slide\n---\n\n# Title\n\n---\n\n# Team IaaS\n\n----\n\n## Team IaaS - Topic\n';

describe('scs-deck outline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scs-deck-outline-'));
  const file = join(dir, 'deck.md');
  writeFileSync(file, deck);

  it('prints exactly the documented JSON', () => {
    const r = cli(['outline', '--json', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), [{
      file,
      frontMatter: true,
      slides: [
        { h: 0, v: 0, line: 5, title: 'Title' },
        { h: 1, v: 0, line: 8, title: 'Team IaaS' },
        { h: 1, v: 1, line: 12, title: 'Team IaaS - Topic' },
      ],
    }]);
  });
  it('prints a readable tree', () => {
    const r = cli(['outline', file]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /2\.1 +Team IaaS/);
    assert.match(r.stdout, /└ 2\.2 +Team IaaS - Topic/);
  });
  it('walks directories for .md files, sorted', () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'sub', 'b.md'), '# B');
    const r = cli(['outline', '--json', dir]);
    assert.deepEqual(JSON.parse(r.stdout).map((x: { file: string }) => x.file), [file, join(dir, 'sub', 'b.md')]);
  });
  it('exits 2 with one clear line for usage and I/O errors', () => {
    const empty = mkdtempSync(join(tmpdir(), 'scs-deck-empty-'));
    const binary = join(dir, 'binary.md');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    for (const [args, pattern] of [
      [['outline', join(dir, 'missing.md')], /no such file/],
      [['outline', empty], /no \.md files/],
      [['outline', binary], /binary file/],
      [['outline', '--jsn', file], /unknown option --jsn/],
      [['outline'], /no files given/],
      [['frobnicate'], /unknown command/],
      [['outline', '--max-size-kb', '0.001', file], /size cap/],
    ] as const) {
      const r = cli([...args]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, pattern);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
  });
  it('answers --help and --version', () => {
    assert.match(cli(['--help']).stdout, /scs-deck outline/);
    assert.match(cli(['--version']).stdout, /^\d+\.\d+\.\d+/);
  });
  it('answers a command\'s --help with that command\'s usage, exit 0', () => {
    const r = cli(['lint', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^Usage:\n {2}scs-deck lint \[--format/);
    assert.match(r.stdout, /--fix repairs it/);
    assert.doesNotMatch(r.stdout, /scs-deck outline/);
  });
});
