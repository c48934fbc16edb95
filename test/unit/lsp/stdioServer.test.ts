import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { connectClient, eventually } from './lspClient';

const ROOT = join(__dirname, '../../..');

// The one test that spawns the built server (`scs-deck lsp --stdio`); every feature test runs it in process (harness.ts).
describe('language server over stdio (smoke test of the built bundle)', () => {
  it('serves a deck over stdin/stdout, skips a broken header, and exits cleanly on shutdown and exit', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/scs-deck.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = once(child, 'exit');
    try {
      const client = await connectClient(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!), {});
      const uri = 'file:///tmp/smoke/deck.md';
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: '---\ntype: slide\n---\n\n# A\n\n---\n\n---\n\n# B\n' } });
      // A header without Content-Length right before a request: the tolerant reader skips it and answers the request.
      child.stdin!.write('X-Nothing: 1\r\n\r\n');
      const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
      assert.deepEqual(symbols.map((s) => s.name), ['1 A', '2 (untitled)', '3 B']);
      const published = await eventually(() => (client.notifications.get('textDocument/publishDiagnostics') as { diagnostics: { code: string }[] }[] | undefined)?.at(-1), 'diagnostics');
      assert.deepEqual(published.diagnostics.map((d) => d.code), ['empty-slide']);
      assert.ok((client.notifications.get('window/logMessage') as { message: string }[]).some((m) => /skipped a header/.test(m.message)), 'the skipped header is logged to the client');
      await client.connection.sendRequest('shutdown');
      await client.connection.sendNotification('exit');
      const [code] = await exited;
      assert.equal(code, 0);
      client.connection.dispose();
    } finally {
      child.kill();
    }
  });
});
