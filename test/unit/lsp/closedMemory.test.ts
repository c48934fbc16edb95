import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { MemoryResult } from '../../../server/src/lsp/memoryRequest';
import { openDocument, startStdioServer, type StdioServer } from './lspClient';

const MB = 1024 * 1024;
const BIG = 46 * MB;

/** The server's resident memory as the system sees it (Linux), in bytes. */
function rss(server: StdioServer): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.process.pid}/status`, 'utf8'))![1]) * 1024;
}

async function openAndCloseBigDeck(server: StdioServer): Promise<void> {
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

describe('memory after a 46 MB document is closed (stdio server)', { skip: process.platform !== 'linux' && 'reads /proc' }, () => {
  it('keeps nothing per document, and a forced collection brings memory back near the start', async (t) => {
    const server = await startStdioServer({}, ['--expose-gc']);
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

  it('gives the memory back by itself once the document closes (no --expose-gc)', async (t) => {
    const server = await startStdioServer();
    try {
      const start = rss(server);
      await openAndCloseBigDeck(server);
      const open = rss(server);
      let now = open;
      for (let i = 0; i < 40 && now - start > BIG * 1.5; i++) {
        await new Promise((r) => setTimeout(r, 100));
        now = rss(server);
      }
      t.diagnostic(`rss ${Math.round(start / MB)} → ${Math.round(open / MB)} (open) → ${Math.round(now / MB)} MB (closed)`);
      assert.ok(now - start < BIG * 1.5, `rss ${Math.round(start / MB)} → ${Math.round(open / MB)} (open) → ${Math.round(now / MB)} MB (closed)`);
    } finally {
      await server.close();
    }
  });
});
