import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextSliceSize, SLICE_BUDGET_MS } from '../../../media/src/frameBudget';

describe('slices of long preview work sized to a time budget', () => {
  it('shrinks a slice that took too long to what fits the budget', () => {
    // 200 slides measured in 56 ms (a 10,000-slide deck in the editor's browser build): 28 fit in 8 ms.
    assert.equal(nextSliceSize(200, 56), Math.floor((200 * SLICE_BUDGET_MS) / 56));
  });

  it('grows a quick slice, at most doubling it and never past the cap', () => {
    assert.equal(nextSliceSize(50, 1), 100);
    assert.equal(nextSliceSize(300, 0.5), 400);
    assert.equal(nextSliceSize(50, 0), 100, 'no measurable time (coarse timers) is no licence for a huge slice');
  });

  it('keeps a floor so a very slow item still makes progress in sensible steps', () => {
    assert.equal(nextSliceSize(10, 500), 10);
  });

  it('settles near the budget whatever an item costs', () => {
    for (const msPerItem of [0.02, 0.3, 2]) {
      let size = 50;
      for (let i = 0; i < 10; i++) size = nextSliceSize(size, size * msPerItem);
      const took = size * msPerItem;
      assert.ok(took <= SLICE_BUDGET_MS || size === 10, `${msPerItem} ms an item: ${size} items take ${took} ms`);
      assert.ok(took >= SLICE_BUDGET_MS / 2 || size === 400, `${msPerItem} ms an item: ${size} items take only ${took} ms`);
    }
  });
});
