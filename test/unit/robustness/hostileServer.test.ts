import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { startInProcessServer, type InProcessServer } from '../lsp/harness';
import { openDocument } from '../lsp/lspClient';

interface Published {
  readonly uri: string;
  readonly diagnostics: Diagnostic[];
}

async function published(server: InProcessServer, uri: string, timeoutMs = 5000): Promise<Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const hit = ((server.notifications.get('textDocument/publishDiagnostics') ?? []) as Published[]).filter((p) => p.uri === uri).at(-1);
    if (hit) return hit.diagnostics;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`);
}

/** The server must keep answering while it holds hostile documents. */
async function stillAnswers(server: InProcessServer): Promise<number> {
  const uri = 'file:///tmp/hostile/community-call/ok.md';
  await openDocument(server, uri, '# A\n\n---\n\n# B\n');
  const t = performance.now();
  const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as unknown[];
  assert.equal(symbols.length, 2);
  return performance.now() - t;
}

describe('hostile documents in the language server', () => {
  let server: InProcessServer;
  before(async () => {
    server = await startInProcessServer();
  });
  after(async () => server.close());

  it('a 50 MB deck gets one clear message within a second, and no feature stalls on it', async () => {
    const uri = 'file:///tmp/hostile/community-call/huge.md';
    const text = '## Topic\n\n* a point\n\n---\n\n'.repeat(50e6 / 25);
    await openDocument(server, uri, text);
    const t = performance.now();
    const diags = await published(server, uri);
    const ms = performance.now() - t;
    assert.ok(ms < 1000, `the message came ${ms.toFixed(0)} ms after the 50 MB were sent`);
    assert.deepEqual(diags.map((d) => d.code), ['file-too-large']);
    const symbols = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, []);
    assert.ok((await stillAnswers(server)) < 1000);
  });
  it('a binary file opened as Markdown gets one clear message', async () => {
    const uri = 'file:///tmp/hostile/community-call/image.md';
    await openDocument(server, uri, '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000');
    const diags = await published(server, uri);
    assert.deepEqual(diags.map((d) => d.code), ['file-binary']);
    assert.match(String(diags[0].message), /not text/);
  });
  it('invalid UTF-8 (decoded as replacement characters) and a YAML alias bomb are linted without a hang', async () => {
    const uri = 'file:///tmp/hostile/community-call/broken.md';
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    const t = performance.now();
    await openDocument(server, uri, `---\ntype: slide\n${bomb.join('\n')}\n---\n\n# Caf\uFFFD \uFFFD\uFFFD\n\n---\n\n${'x'.repeat(100_000)}\n`);
    const diags = await published(server, uri);
    assert.ok(performance.now() - t < 1000, `took ${(performance.now() - t).toFixed(0)} ms`);
    assert.ok(diags.some((d) => d.code === 'front-matter-unknown-key'), 'the bomb keys are reported, not expanded');
    assert.ok((await stillAnswers(server)) < 1000);
  });
  it('renders 3,000 and 100,000 nested <div> for the preview (scsDeck/render) and keeps answering', async () => {
    for (const depth of [3_000, 100_000]) {
      const uri = `file:///tmp/hostile/community-call/nested-${depth}.md`;
      await openDocument(server, uri, `# Deep\n\n${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}\n`);
      const result = (await server.connection.sendRequest('scsDeck/render', { uri, version: 1, known: [], emojiBase: 'emoji' })) as { slides: { html: string }[] };
      assert.equal(result.slides.length, 1);
      assert.equal(result.slides[0].html.split('<div>').length - 1, depth);
      assert.ok((await stillAnswers(server)) < 1000);
    }
  });
});
