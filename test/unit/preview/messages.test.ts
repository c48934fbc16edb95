import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isFromWebview, isPosition, isPreviewState } from '../../../client/src/preview/messages';

describe('preview messages', () => {
  it('accepts the messages the webview sends', () => {
    assert.ok(isFromWebview({ type: 'ready' }));
    assert.ok(isFromWebview({ type: 'toggleLock' }));
    assert.ok(isFromWebview({ type: 'stopPresenting' }));
    assert.ok(isFromWebview({ type: 'slide', position: { h: 2, v: 1, f: -1 }, origin: 'preview' }));
    assert.ok(isFromWebview({ type: 'rendered', version: 3, patched: 1, ms: 2.5 }));
    assert.ok(isFromWebview({ type: 'measured', version: 3, slides: [{ h: 1, v: 0, hash: 'abc', layout: { contentHeight: 760, slideHeight: 700, lineHeight: 52 } }] }));
  });

  it('rejects anything else with no exception', () => {
    for (const bad of [null, 'ready', 42, {}, { type: 'eval', code: 'x' }, { type: 'slide' }, { type: 'slide', position: { h: -1, v: 0 } }, { type: 'slide', position: { h: 1.5, v: 0 } }, { type: 'measured', version: 3 }, { type: 'measured', version: '3', slides: [] }]) {
      assert.equal(isFromWebview(bad), false, JSON.stringify(bad));
    }
  });

  it('checks positions and saved state', () => {
    assert.ok(isPosition({ h: 0, v: 0 }));
    assert.equal(isPosition({ h: '1', v: 0 }), false);
    assert.ok(isPreviewState({ uri: 'file:///a.md', locked: true }));
    assert.equal(isPreviewState({ locked: true }), false);
    assert.equal(isPreviewState(undefined), false);
  });
});
