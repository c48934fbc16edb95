import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { runRender } from '../../../server/src/cli/render';

const dir = mkdtempSync(join(tmpdir(), 'scs-deck-remote-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const deck = join(dir, 'deck.md');
writeFileSync(deck, '# Remote\n\n![](https://images.example.org/a.png) ![](https://127.0.0.1:9/b.png)\n');
const csp = (file: string) => /Content-Security-Policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';

describe('cli: scs-deck render and remote content', () => {
  it('leaves remote images out by default and says so', async () => {
    const lines: string[] = [];
    assert.equal(await runRender([deck, '-o', join(dir, 'offline.html')], (s) => lines.push(s)), 0);
    assert.doesNotMatch(csp(join(dir, 'offline.html')), /https?:/);
    assert.match(lines.join('\n'), /2 remote image\(s\) without a local copy left out \(--allow-remote loads them over https\)/);
  });

  it('--allow-remote lets https from public hosts in, never local addresses', async () => {
    const lines: string[] = [];
    assert.equal(await runRender(['--allow-remote', deck, '-o', join(dir, 'remote.html')], (s) => lines.push(s)), 0);
    const policy = csp(join(dir, 'remote.html'));
    assert.match(policy, /img-src data: https:\/\/images\.example\.org;/);
    assert.doesNotMatch(policy, /127\.0\.0\.1/);
  });
});
