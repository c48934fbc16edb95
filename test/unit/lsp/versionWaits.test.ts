import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VersionWaits } from '../../../server/src/lsp/versionWaits';

describe('VersionWaits', () => {
  it('releases a wait when the document reaches that version, not before', async () => {
    const waits = new VersionWaits();
    let done = false;
    const p = waits.wait(3, 5000).then(() => (done = true));
    waits.settle(2);
    await Promise.resolve();
    assert.equal(done, false);
    waits.settle(4);
    await p;
    assert.equal(done, true);
    assert.equal(waits.size, 0);
  });

  it('a close releases every wait, whatever version it wants', async () => {
    const waits = new VersionWaits();
    const a = waits.wait(9, 5000);
    const b = waits.wait(2, 5000);
    waits.settle();
    await Promise.all([a, b]);
    assert.equal(waits.size, 0);
  });

  it('gives up after the timeout without rejecting', async () => {
    const waits = new VersionWaits();
    const t0 = Date.now();
    await waits.wait(5, 30);
    assert.ok(Date.now() - t0 >= 25);
    assert.equal(waits.size, 0);
  });
});
