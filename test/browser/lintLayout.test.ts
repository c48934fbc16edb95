import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findBrowser } from '../../server/src/export/browser';
import { cli, ROOT } from './helpers';

const FIDELITY = join(ROOT, 'test/fixtures/fidelity');
const DECK = join(FIDELITY, 'overflow.md');
/**
 * What HedgeDoc 1.12 itself shows for `overflow.md` (the oracle's shots.js, 1280x720): the 1-based line of each
 * overflowing slide's separator and its overflow in px. `scripts/overflow-agreement.ts` measures it again.
 */
const HEDGEDOC = [[13, 314], [43, 32], [58, 131], [89, 87], [103, 79]];
const TOLERANCE_PX = 3;
const browser = findBrowser(undefined);

describe('browser: scs-deck lint --layout', { skip: browser ? false : 'no Chromium, Chrome or Edge found (set $CHROMIUM)' }, () => {
  it('reports the slides HedgeDoc cuts off, by as many pixels, and none that fit', () => {
    const r = cli('lint', '--layout', '--browser', browser!, '--uploads', join(FIDELITY, 'uploads'), '--format', 'json', '--rule', 'slide-overflow', DECK);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const [{ diagnostics }] = JSON.parse(r.stdout) as [{ diagnostics: { line: number; severity: string; message: string }[] }];
    assert.deepEqual(diagnostics.map((d) => [d.line, d.severity]), HEDGEDOC.map(([line]) => [line, 'warning']));
    diagnostics.forEach((d, i) => {
      const px = Number(/is (\d+) px taller than the 700 px slide/.exec(d.message)?.[1]);
      assert.ok(Math.abs(px - HEDGEDOC[i][1]) <= TOLERANCE_PX, `line ${d.line}: ${px} px here, ${HEDGEDOC[i][1]} px on HedgeDoc`);
    });
    assert.match(diagnostics[0].message, /about 6 lines at the bottom are cut off/);
  });
});
