import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SyncDecider } from '../../../client/src/preview/sync';

describe('editor ↔ preview sync decisions', () => {
  it('sends a cursor move to the preview once per slide', () => {
    const sync = new SyncDecider({ enabled: true, locked: false });
    assert.deepEqual(sync.editorMoved({ h: 1, v: 2 }, 60), { h: 1, v: 2 });
    assert.equal(sync.editorMoved({ h: 1, v: 2 }, 61), undefined);
    assert.deepEqual(sync.editorMoved({ h: 2, v: 0 }, 72), { h: 2, v: 0 });
  });

  it('does not send the preview its own goto back to the editor', () => {
    const sync = new SyncDecider({ enabled: true, locked: false });
    sync.editorMoved({ h: 1, v: 2 }, 60);
    assert.equal(sync.previewMoved({ h: 1, v: 2 }, 'editor', { h: 1, v: 2 }), false);
  });

  it('reveals a slide the reader moved to in the preview, and ignores the selection that causes', () => {
    const sync = new SyncDecider({ enabled: true, locked: false });
    assert.equal(sync.previewMoved({ h: 3, v: 0 }, 'preview', { h: 1, v: 2 }), true);
    sync.expectSelection(74);
    assert.equal(sync.editorMoved({ h: 3, v: 0 }, 74), undefined);
    // The next real cursor move is followed again.
    assert.deepEqual(sync.editorMoved({ h: 1, v: 0 }, 44), { h: 1, v: 0 });
  });

  it('leaves the editor alone when the preview moves onto the slide under the cursor', () => {
    const sync = new SyncDecider({ enabled: true, locked: false });
    assert.equal(sync.previewMoved({ h: 1, v: 2 }, 'preview', { h: 1, v: 2 }), false);
  });

  it('follows neither way while locked or disabled', () => {
    const locked = new SyncDecider({ enabled: true, locked: true });
    assert.equal(locked.editorMoved({ h: 1, v: 0 }, 40), undefined);
    assert.equal(locked.previewMoved({ h: 2, v: 0 }, 'preview', { h: 1, v: 0 }), false);
    locked.options.locked = false;
    assert.deepEqual(locked.editorMoved({ h: 1, v: 0 }, 40), { h: 1, v: 0 });
    const off = new SyncDecider({ enabled: false, locked: false });
    assert.equal(off.editorMoved({ h: 1, v: 0 }, 40), undefined);
  });

  it('after a reset (webview reloaded) sends the cursor slide again', () => {
    const sync = new SyncDecider({ enabled: true, locked: false });
    sync.editorMoved({ h: 1, v: 0 }, 40);
    sync.reset();
    assert.deepEqual(sync.editorMoved({ h: 1, v: 0 }, 40), { h: 1, v: 0 });
  });
});
