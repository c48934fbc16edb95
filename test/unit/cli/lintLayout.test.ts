import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(__dirname, '../../..');
const CLI = process.env.SCS_DECK_CLI ? [process.env.SCS_DECK_CLI] : [join(ROOT, 'bin/scs-deck.js')];
const DECK = join(ROOT, 'test/fixtures/fidelity/overflow.md');

function lint(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, 'lint', '--format', 'json', ...args, DECK], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scs-deck lint --layout without a browser', () => {
  it('says so in one line and lints as if layout had not been asked', () => {
    const plain = lint();
    const r = lint('--layout', '--browser', join(ROOT, 'no-such-browser'));
    assert.equal(r.code, plain.code);
    assert.equal(r.stdout, plain.stdout);
    assert.equal(r.stderr, `scs-deck: --layout: ${join(ROOT, 'no-such-browser')} is not an executable browser, so slides are not laid out and slide-overflow is not checked\n`);
    assert.ok(!r.stdout.includes('slide-overflow'));
  });
});
