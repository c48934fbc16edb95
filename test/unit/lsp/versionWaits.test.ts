import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VersionWaits } from '../../../server/src/lsp/versionWaits';

describe('VersionWaits', () => {
  it('releases a wait when the document reaches that version, not before', async () => {
    const waits = new VersionWaits();
    let done = false;
    const p = waits.wait('a', 3, 5000).then(() => (done = true));
    waits.settle('a', 2);
    await Promise.resolve();
    assert.equal(done, false);
    waits.settle('a', 4);
    await p;
    assert.equal(done, true);
    assert.equal(waits.size, 0);
  });

  it('a close releases every wait on that document only', async () => {
    const waits = new VersionWaits();
    const a = waits.wait('a', 9, 5000);
    void waits.wait('b', 1, 20);
    waits.settle('a');
    await a;
    assert.equal(waits.size, 1);
  });

  it('gives up after the timeout without rejecting', async () => {
    const waits = new VersionWaits();
    const t0 = Date.now();
    await waits.wait('a', 5, 30);
    assert.ok(Date.now() - t0 >= 25);
    assert.equal(waits.size, 0);
  });
});
