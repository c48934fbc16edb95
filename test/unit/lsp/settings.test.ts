import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, SettingsStore } from '../../../server/src/lsp/settings';

/** A connection whose client answers every configuration request with `raw`. */
function clientWith(raw: unknown): Connection {
  return { workspace: { getConfiguration: () => Promise.resolve(raw) } } as unknown as Connection;
}

describe('SettingsStore', () => {
  it('keeps the defaults until a document\'s settings arrive, then knows them without waiting', async () => {
    const store = new SettingsStore(clientWith({ diagnostics: { debounceMs: 300 } }));
    store.enable(true);
    assert.equal(store.known('file:///a.md').diagnostics.debounceMs, 0);
    assert.equal((await store.get('file:///a.md')).diagnostics.debounceMs, 300);
    assert.equal(store.known('file:///a.md').diagnostics.debounceMs, 300);
    store.forget('file:///a.md');
    assert.equal(store.known('file:///a.md'), DEFAULT_SETTINGS);
  });
  it('clamps the least pause between lints to 0–5000 ms and ignores values that are not numbers', async () => {
    const at = async (debounceMs: unknown) => {
      const store = new SettingsStore(clientWith({ diagnostics: { debounceMs } }));
      store.enable(true);
      return (await store.get('file:///a.md')).diagnostics.debounceMs;
    };
    assert.deepEqual(await Promise.all([at(-5), at(99999), at(12.6), at('fast'), at(Number.NaN)]), [0, 5000, 13, 0, 0]);
  });
});
