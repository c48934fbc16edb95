/**
 * The real language server in the test's own process: a server connection and a client connection over a
 * pair of in-memory streams. Starting it costs no process and no build, so LSP feature tests use it; one
 * smoke test (`stdioServer.test.ts`) still spawns the built server.
 */
import { PassThrough } from 'node:stream';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { ServerContext } from '../../../server/src/lsp/context';
import { createStreamConnection } from '../../../server/src/lsp/stdioTransport';
import { serve } from '../../../server/src/server';
import { connectClient, type TestServer } from './lspClient';

// The build defines VERSION (the server reports it on initialize); from source it is a global set here.
(globalThis as { VERSION?: string }).VERSION ??= '0.0.0-test';

export interface InProcessServer extends TestServer {
  /** The server's own state, for tests that look inside (what it keeps per document). */
  readonly ctx: ServerContext;
}

/** The server over two in-memory byte streams, with the same tolerant reader as `--stdio`. */
export function serveInMemory(): { readonly toServer: PassThrough; readonly fromServer: PassThrough; readonly ctx: ServerContext } {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const ctx = serve(createStreamConnection(toServer, fromServer));
  return { toServer, fromServer, ctx };
}

/** Starts the server in this process and performs the handshake; the client answers settings with `settings`. */
export async function startInProcessServer(settings: Record<string, unknown> = {}): Promise<InProcessServer> {
  const { toServer, fromServer, ctx } = serveInMemory();
  const client = await connectClient(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer), settings);
  return {
    ...client,
    ctx,
    async close() {
      // Closing what is still open stops its timers; `exit` is not sent, since the server would end the process.
      for (const uri of ctx.documents.keys()) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await client.connection.sendRequest('shutdown');
      client.connection.dispose();
    },
  };
}
