import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection } from 'vscode-languageserver/node';
import { DocumentState } from '../../../server/src/lsp/documentState';
import { DEFAULT_SETTINGS, SettingsStore } from '../../../server/src/lsp/settings';

/** A connection whose client answers every configuration request with `raw`, counting the requests. */
function clientWith(raw: unknown) {
  const asked = { count: 0 };
  const connection = { workspace: { getConfiguration: () => (asked.count++, Promise.resolve(raw)) } } as unknown as Connection;
  return { connection, asked };
}

const open = new DocumentState(TextDocument.create('file:///a.md', 'markdown', 1, ''));
const stateOf = (uri: string) => (uri === open.uri ? open : undefined);

describe('SettingsStore', () => {
  it('keeps the defaults until an open document\'s settings arrive, then knows them without waiting', async () => {
    const { connection, asked } = clientWith({ diagnostics: { debounceMs: 300 } });
    const store = new SettingsStore(connection, stateOf);
    store.enable(true);
    assert.equal(store.known(open.uri).diagnostics.debounceMs, 0);
    assert.equal((await store.get(open.uri)).diagnostics.debounceMs, 300);
    assert.equal(store.known(open.uri).diagnostics.debounceMs, 300);
    await store.get(open.uri);
    assert.equal(asked.count, 1, 'asked once per open document');
    open.forgetSettings();
    assert.equal(store.known(open.uri), DEFAULT_SETTINGS);
  });
  it('asks again every time for a document that is not open, and keeps nothing for it', async () => {
    const { connection, asked } = clientWith({ diagnostics: { debounceMs: 300 } });
    const store = new SettingsStore(connection, stateOf);
    store.enable(true);
    await store.get('file:///closed.md');
    await store.get('file:///closed.md');
    assert.equal(asked.count, 2);
    assert.equal(store.known('file:///closed.md'), DEFAULT_SETTINGS);
  });
  it('clamps the least pause between lints to 0–5000 ms and ignores values that are not numbers', async () => {
    const at = async (debounceMs: unknown) => {
      const store = new SettingsStore(clientWith({ diagnostics: { debounceMs } }).connection, () => undefined);
      store.enable(true);
      return (await store.get('file:///a.md')).diagnostics.debounceMs;
    };
    assert.deepEqual(await Promise.all([at(-5), at(99999), at(12.6), at('fast'), at(Number.NaN)]), [0, 5000, 13, 0, 0]);
  });
});
