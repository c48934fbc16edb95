import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { findBrowser } from '../../../server/src/export/browser';
import { FIXTURES } from './helpers';
import { cliInProcess } from '../cli/run';

const dir = mkdtempSync(join(tmpdir(), 'scs-deck-render-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const run = cliInProcess;

describe('cli: scs-deck render', () => {
  it('writes one self-contained HTML file with the local images inlined', async () => {
    const target = join(dir, 'deck.html');
    const r = await run('render', join(FIXTURES, 'uploads/deck.md'), '-o', target);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /deck\.html: 1 slides/);
    const html = readFileSync(target, 'utf8');
    assert.ok(html.includes('data-background-image="data:,scs-asset-'), 'the background names its entry in the image table');
    assert.ok(/,?"data:image\/png;base64,[A-Za-z0-9+/=]+"/.test(html), 'the image table holds the PNG');
    assert.match(html, /alt=":rocket:"/);
    assert.doesNotMatch(html, /src="https:\/\/input\.scs\.community/);
  });

  it('exits 2 with a clear message for a missing deck, a missing browser or extra arguments', async () => {
    const missing = await run('render', join(dir, 'nope.md'), '-o', join(dir, 'x.html'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.md: cannot read/);
    const noBrowser = await run('render', '--pdf', '--browser', join(dir, 'no-chrome'), join(FIXTURES, 'features.md'), '-o', join(dir, 'x.pdf'));
    assert.equal(noBrowser.code, 2);
    assert.match(noBrowser.err, /no Chromium, Chrome or Edge found/);
    const two = await run('render', 'a.md', 'b.md');
    assert.equal(two.code, 2);
  });

  it('finds a browser from an explicit path or $CHROMIUM only when it is executable', () => {
    assert.equal(findBrowser(join(dir, 'no-chrome')), undefined);
    assert.equal(findBrowser(undefined, { CHROMIUM: process.execPath, PATH: '' }, 'linux'), process.execPath);
    assert.equal(findBrowser(undefined, { PATH: '' }, 'win32'), undefined);
  });
});
