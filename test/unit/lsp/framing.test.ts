import assert from 'node:assert/strict';
import type { PassThrough } from 'node:stream';
import { before, describe, it } from 'node:test';
import { FrameSplitter, type Frame } from '../../../server/src/lsp/framing';
import { serveInMemory } from './harness';

function frame(body: string): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}

const request = (id: number, method = 'shutdown') => JSON.stringify({ jsonrpc: '2.0', id, method });

function messages(frames: Frame[]): unknown[] {
  return frames.filter((f) => f.kind === 'message').map((f) => (f as { message: unknown }).message);
}

describe('LSP framing', () => {
  it('reads messages split anywhere, with other headers and any case', () => {
    const bytes = Buffer.concat([frame(request(1)), Buffer.from(`content-type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: ${request(2).length}\r\n\r\n${request(2)}`), frame('{"jsonrpc":"2.0","method":"ä"}')]);
    for (const size of [1, 3, 7, bytes.length]) {
      const splitter = new FrameSplitter();
      const out: Frame[] = [];
      for (let i = 0; i < bytes.length; i += size) out.push(...splitter.push(bytes.subarray(i, i + size)));
      assert.deepEqual(messages(out), [JSON.parse(request(1)), JSON.parse(request(2)), { jsonrpc: '2.0', method: 'ä' }], `chunks of ${size}`);
      assert.equal(splitter.buffered, 0);
    }
  });

  it('reads the next message at once after a header without Content-Length, with or without a body', () => {
    for (const bad of ['X-Foo: bar\r\n\r\n', `Content-Type: x\r\n\r\n${request(9)}`, 'Content-Length: abc\r\n\r\n', 'garbage\r\n\r\n']) {
      const splitter = new FrameSplitter();
      const out = splitter.push(Buffer.concat([Buffer.from(bad), frame(request(1))]));
      assert.deepEqual(messages(out), [JSON.parse(request(1))], bad);
      assert.ok(out.some((f) => f.kind === 'skipped'));
    }
  });

  it('reports a body that is not JSON, or not an object, and goes on', () => {
    const splitter = new FrameSplitter();
    const out = splitter.push(Buffer.concat([frame('{"jsonrpc": '), frame('[1]'), frame(request(3))]));
    assert.deepEqual(out.map((f) => f.kind), ['parse-error', 'invalid', 'message']);
  });

  it('skips a header that never ends and finds the next message', () => {
    const splitter = new FrameSplitter();
    const out = splitter.push(Buffer.concat([Buffer.from('x'.repeat(20_000)), frame(request(4))]));
    assert.deepEqual(messages(out), [JSON.parse(request(4))]);
  });
});

describe('LSP framing in the server (the --stdio reader, over in-memory streams)', () => {
  let input: PassThrough;
  const received: Record<string, unknown>[] = [];
  const splitter = new FrameSplitter();
  before(async () => {
    const server = serveInMemory();
    input = server.toServer;
    server.fromServer.on('data', (d: Buffer) => received.push(...(messages(splitter.push(d)) as Record<string, unknown>[])));
    input.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } })));
    await answer(0);
  });

  async function answer(id: number | null, timeoutMs = 5000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const hit = received.find((m) => m.id === id && ('result' in m || 'error' in m));
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no answer to ${id}`);
  }

  it('answers the request right behind a header without Content-Length', async () => {
    const symbols = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///tmp/none.md' } } });
    input.write(Buffer.concat([Buffer.from('X-Nothing: 1\r\n\r\n'), frame(symbols)]));
    assert.deepEqual((await answer(1)).result, []);
  });

  it('answers a body that is not JSON with a -32700 error with id null, and keeps serving', async () => {
    input.write(frame('{"jsonrpc":"2.0","id":2,'));
    const error = await answer(null);
    assert.equal((error.error as { code: number }).code, -32700);
    input.write(frame(JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'textDocument/foldingRange', params: { textDocument: { uri: 'file:///tmp/none.md' } } })));
    assert.ok('result' in (await answer(3)));
  });
});
