import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clampPosition, missingHashes, planPatch, shapeOf } from '../../../client/src/preview/patchPlan';

describe('preview patch planning', () => {
  const shown = { hashes: ['a', 'b', 'c', 'd'], columns: [[0], [1, 2], [3]] };

  it('patches only the section whose hash changed', () => {
    const plan = planPatch(shown, { hashes: ['a', 'b', 'X', 'd'], columns: [[0], [1, 2], [3]] });
    assert.deepEqual(plan, { kind: 'patch', changed: [{ index: 2, h: 1, v: 1, hash: 'X' }] });
  });

  it('does nothing when no hash changed', () => {
    assert.deepEqual(planPatch(shown, shown), { kind: 'patch', changed: [] });
  });

  it('rebuilds when slides are added, removed or change columns', () => {
    assert.equal(planPatch(shown, { hashes: ['a', 'b', 'c', 'd', 'e'], columns: [[0], [1, 2], [3], [4]] }).kind, 'rebuild');
    assert.equal(planPatch(shown, { hashes: ['a', 'b', 'c', 'd'], columns: [[0], [1], [2], [3]] }).kind, 'rebuild');
    assert.equal(planPatch(undefined, shown).kind, 'rebuild');
  });

  it('describes shapes by column sizes', () => {
    assert.equal(shapeOf([[0], [1, 2], [3]]), '1,2,1');
  });

  it('asks only for hashes the webview lacks, each once', () => {
    assert.deepEqual(missingHashes(new Set(['a', 'b']), ['a', 'c', 'c', 'b', 'd']), ['c', 'd']);
  });

  it('keeps the reader on the same slide, or the nearest one left', () => {
    assert.deepEqual(clampPosition([[0], [1, 2]], { h: 1, v: 1 }), { h: 1, v: 1 });
    assert.deepEqual(clampPosition([[0], [1, 2]], { h: 1, v: 5 }), { h: 1, v: 1 });
    assert.deepEqual(clampPosition([[0], [1, 2]], { h: 7, v: 0 }), { h: 1, v: 0 });
    assert.deepEqual(clampPosition([], { h: 3, v: 3 }), { h: 0, v: 0 });
  });
});
