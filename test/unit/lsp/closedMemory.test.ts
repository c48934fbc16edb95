import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { MemoryResult } from '../../../server/src/lsp/memoryRequest';
import { startInProcessServer, type InProcessServer } from './harness';
import { openDocument } from './lspClient';

const MB = 1024 * 1024;
const BIG = 46 * MB;

// The server runs in this process (harness.ts), so the memory measured is this process's.
async function openAndCloseBigDeck(server: InProcessServer): Promise<void> {
  const uri = 'file:///tmp/memory/community-call/big.md';
  const text = '---\ntype: slide\n---\n\n' + '# Slide\n\nSome text with words.\n\n---\n\n'.repeat(Math.ceil(BIG / 36));
  await openDocument(server, uri, text);
  await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  await server.connection.sendRequest('scsDeck/slides', { uri, version: 1 });
  // A small deck through every feature, closed too.
  const small = 'file:///tmp/memory/community-call/small.md';
  await openDocument(server, small, '# A\n\n---\n\n# B <!-- .element: class="fragment" -->\n');
  await server.connection.sendRequest('scsDeck/render', { uri: small, version: 1, known: [], emojiBase: 'emoji' });
  await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: small } });
  await new Promise((r) => setTimeout(r, 300));
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: small } });
}

describe('memory after a 46 MB document is closed', () => {
  // First, while nothing has exposed `gc`: the server must collect by itself.
  it('gives the memory back by itself once the document closes', async (t) => {
    const server = await startInProcessServer();
    try {
      const start = process.memoryUsage().rss;
      await openAndCloseBigDeck(server);
      const open = process.memoryUsage().rss;
      let now = open;
      for (let i = 0; i < 40 && now - start > BIG * 1.5; i++) {
        await new Promise((r) => setTimeout(r, 100));
        now = process.memoryUsage().rss;
      }
      t.diagnostic(`rss ${Math.round(start / MB)} → ${Math.round(open / MB)} (open) → ${Math.round(now / MB)} MB (closed)`);
      assert.ok(open - start > BIG, 'the deck was held while open');
      assert.ok(now - start < BIG * 1.5, `rss ${Math.round(start / MB)} → ${Math.round(open / MB)} (open) → ${Math.round(now / MB)} MB (closed)`);
    } finally {
      await server.close();
    }
  });

  it('keeps nothing per document, and a forced collection brings the heap back near the start', async (t) => {
    // `scsDeck/debug/memory` is served only where `gc` exists (node --expose-gc).
    setFlagsFromString('--expose-gc');
    (globalThis as { gc?: () => void }).gc ??= runInNewContext('gc') as () => void;
    const server = await startInProcessServer();
    try {
      const start = (await server.connection.sendRequest('scsDeck/debug/memory')) as MemoryResult;
      await openAndCloseBigDeck(server);
      const end = (await server.connection.sendRequest('scsDeck/debug/memory')) as MemoryResult;
      t.diagnostic(`forced: rss ${Math.round(start.rss / MB)} → ${Math.round(end.rss / MB)} MB, heap ${Math.round(start.heapUsed / MB)} → ${Math.round(end.heapUsed / MB)} MB`);
      assert.deepEqual(Object.entries(end.documentState).filter(([, n]) => n > 0), []);
      assert.ok(end.heapUsed - start.heapUsed < 10 * MB, `heap grew by ${Math.round((end.heapUsed - start.heapUsed) / MB)} MB`);
      assert.ok(end.rss - start.rss < BIG * 1.5, `rss ${Math.round(start.rss / MB)} → ${Math.round(end.rss / MB)} MB`);
    } finally {
      await server.close();
    }
  });
});
