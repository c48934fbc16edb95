import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Connection } from 'vscode-languageserver/node';
import { ServerContext } from '../../../server/src/lsp/context';
import { registerLinting } from '../../../server/src/lsp/linting';
import { registerRenderRequest } from '../../../server/src/lsp/renderRequest';

type Handler = (...args: never[]) => unknown;

/** Just enough of a connection for the features under test; settings answer only when told to. */
function fakeConnection() {
  const on: Record<string, Handler> = {};
  const pendingSettings: ((value: unknown) => void)[] = [];
  const register = (name: string) => (handler: Handler) => {
    on[name] = handler;
    return { dispose() {} };
  };
  const connection = {
    onDidOpenTextDocument: register('open'),
    onDidChangeTextDocument: register('change'),
    onDidCloseTextDocument: register('close'),
    onWillSaveTextDocument: register('willSave'),
    onWillSaveTextDocumentWaitUntil: register('willSaveWait'),
    onDidSaveTextDocument: register('save'),
    onDidChangeWatchedFiles: register('watched'),
    onCodeAction: register('codeAction'),
    onRequest: (method: string, handler: Handler) => register(method)(handler),
    onNotification: (method: string, handler: Handler) => register(method)(handler),
    console: { error() {}, warn() {}, info() {}, log() {} },
    workspace: { getConfiguration: () => new Promise((resolve) => pendingSettings.push(resolve)) },
    sendDiagnostics: async () => undefined,
    client: { register: async () => undefined },
  };
  return {
    connection: connection as unknown as Connection,
    call: (name: string, ...args: unknown[]) => (on[name] as (...a: unknown[]) => unknown)(...args),
    answerSettings: () => pendingSettings.splice(0).forEach((resolve) => resolve({})),
  };
}

const deck = '---\ntype: slide\n---\n\n# A\n\n---\n\n# B <!-- .element: class="fragment" -->\n';
/** Awaits `promise`, answering every settings request meanwhile. */
async function answering<T>(fake: ReturnType<typeof fakeConnection>, promise: Promise<T>): Promise<T> {
  let done = false;
  void promise.finally(() => (done = true));
  while (!done) {
    fake.answerSettings();
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return promise;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A full collection (V8 offers `gc` to new contexts once the flag is set). */
function collect(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('per-document state in the language server', () => {
  it('is empty after a document closes, also when a request was waiting for its settings', async () => {
    const fake = fakeConnection();
    const ctx = new ServerContext(fake.connection);
    ctx.settings.enable(true);
    registerLinting(ctx);
    registerRenderRequest(ctx);
    ctx.documents.listen(fake.connection);
    const uri = 'file:///tmp/state/deck.md';

    // A first life: everything filled, then closed; afterwards nothing holds the state any more.
    fake.call('open', { textDocument: { uri, languageId: 'markdown', version: 1, text: deck } });
    const first = fake.call('scsDeck/render', { uri, version: 1, preview: 'p1', known: [], emojiBase: 'emoji' }) as Promise<{ slides: { hash: string }[] }>;
    const rendered = await answering(fake, first);
    assert.equal(rendered.slides.length, 2);
    await answering(fake, settle());
    assert.deepEqual(ctx.documentStateSizes(), { 'open documents': 1, 'waits before open': 0 });
    const held = ((state = ctx.documents.get(uri)!) => {
      assert.ok(state.settings && state.knownSettings && state.lintCache && state.diagnostics.ready && state.render, 'every feature keeps its part on the state');
      return new WeakRef(state);
    })();
    // The preview's measurements too (a notification, handled at once).
    fake.call('scsDeck/previewReport', { uri, version: 1, slides: [{ h: 0, v: 0, hash: rendered.slides[0].hash, layout: { contentHeight: 900, slideHeight: 700 } }] });
    assert.equal(ctx.documents.get(uri)!.previewReports?.size, 1);
    fake.call('close', { textDocument: { uri } });
    assert.deepEqual(Object.entries(ctx.documentStateSizes()).filter(([, n]) => n > 0), []);
    await settle();
    collect();
    assert.equal(held.deref(), undefined, 'the closed document\'s state was collected');

    // A second life: the render request and a code action wait for settings, and the document closes meanwhile.
    fake.call('open', { textDocument: { uri, languageId: 'markdown', version: 1, text: deck } });
    const render = fake.call('scsDeck/render', { uri, version: 1, known: [], emojiBase: 'emoji' }) as Promise<unknown>;
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = fake.call('codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }) as Promise<unknown>;
    await settle();
    fake.call('close', { textDocument: { uri } });
    await answering(fake, Promise.all([render, actions]));
    await answering(fake, settle());
    assert.deepEqual(Object.entries(ctx.documentStateSizes()).filter(([, n]) => n > 0), []);
  });

  it('keeps nothing for a request that waited for a document that never opened', async () => {
    const ctx = new ServerContext(fakeConnection().connection);
    const waited = ctx.atVersion('file:///tmp/state/never.md', 3, 30);
    assert.equal(ctx.documentStateSizes()['waits before open'], 1);
    await waited;
    assert.deepEqual(Object.entries(ctx.documentStateSizes()).filter(([, n]) => n > 0), []);
  });
});
