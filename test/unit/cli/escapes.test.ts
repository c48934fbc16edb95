import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { printable } from '../../../server/src/cli/terminalSafe';
import { cli } from './run';

const dir = mkdtempSync(join(tmpdir(), 'scs-deck-escapes-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => cli(args, dir);

const FM = '---\ntitle: Escapes\ntype: slide\n---\n\n';

/** A control character a terminal would act on (line breaks between output lines aside), or a bidi override. */
function rawControl(s: string): boolean {
  return [...s].some((c) => (c < ' ' && c !== '\n') || (c >= '\x7f' && c <= '\x9f') || c === '\u202e');
}

describe('printable', () => {
  it('makes C0, DEL, C1 and bidi controls visible and leaves other text alone', () => {
    assert.equal(printable('a\x1b[0m\x07\t\n\x7f\x85\u202e\u2066\u200f b'), 'a\\x1b[0m\\x07\\x09\\x0a\\x7f\\x85\\u202e\\u2066\\u200f b');
    assert.equal(printable('Grüße – 日本 🎉'), 'Grüße – 日本 🎉');
  });
});

describe('CLI output escapes control characters from decks and file names', () => {
  const hostile = FM + '# Red \x1b[31malert\x07 \u202eevil\n\n![](img\x1b[2J.png)\n\n---\n\n---\n';
  const file = join(dir, 'deck\x1b]0;title\x07.md');
  writeFileSync(file, hostile);
  it('in lint text and GitHub output', () => {
    for (const format of ['text', 'github']) {
      const r = run('lint', '--format', format, file);
      assert.ok(!rawControl(r.stdout), format);
      assert.match(r.stdout, /deck\\x1b\]0;title\\x07\.md/, format);
      assert.match(r.stdout, /img\\x1b\[2J\.png/, format);
    }
  });
  it('in the outline, and JSON still holds the real characters', () => {
    const r = run('outline', file);
    assert.ok(!rawControl(r.stdout));
    assert.match(r.stdout, /Red \\x1b\[31malert\\x07 \\u202eevil/);
    assert.equal(JSON.parse(run('outline', '--json', file).stdout)[0].slides[0].title, 'Red \x1b[31malert\x07 \u202eevil');
  });
  it('in errors and notes on stderr', () => {
    const r = run('lint', '--fix', join(dir, 'missing\x1b[2J.md'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\\x1b\[2J\.md/);
    assert.ok(!rawControl(r.stderr));
  });
});
