import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const ROOT = join(__dirname, '../../..');

export interface StdioServer {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  /** Notifications the server sent, by method. */
  readonly notifications: Map<string, unknown[]>;
  close(): Promise<void>;
}

/** Starts `scs-deck lsp --stdio` (the built CLI, with `nodeArgs` for node) and performs the LSP handshake. */
export async function startStdioServer(settings: Record<string, unknown> = {}, nodeArgs: string[] = []): Promise<StdioServer> {
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'bin/scs-deck.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const notifications = new Map<string, unknown[]>();
  connection.onNotification((method, params) => notifications.set(method, [...(notifications.get(method) ?? []), params]));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    notifications,
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      child.kill();
    },
  };
}

export function openDocument(server: StdioServer, uri: string, text: string, version = 1): Promise<void> {
  return server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
}
