import type { Diagnostic } from 'vscode-languageserver-types';
import { type MessageConnection, type MessageReader, type MessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';

/** What `textDocument/publishDiagnostics` carries. */
export interface PublishDiagnosticsParams {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: Diagnostic[];
}

/** Every diagnostics publication the server sent so far. */
export function publications(server: TestServer): PublishDiagnosticsParams[] {
  return (server.notifications.get('textDocument/publishDiagnostics') ?? []) as PublishDiagnosticsParams[];
}

/** A language server under test and the client connection talking to it. */
export interface TestServer {
  readonly connection: MessageConnection;
  /** Notifications the server sent, by method. */
  readonly notifications: Map<string, unknown[]>;
  close(): Promise<void>;
}

/**
 * Connects a client over `reader`/`writer` and performs the LSP handshake. The client answers every
 * `workspace/configuration` item with `settings`. No process id is sent: vscode-languageserver would poll it
 * for good, and an in-process server's process is the test's own.
 */
export async function connectClient(reader: MessageReader, writer: MessageWriter, settings: Record<string, unknown>): Promise<Omit<TestServer, 'close'>> {
  const connection = createMessageConnection(reader, writer);
  const notifications = new Map<string, unknown[]>();
  connection.onNotification((method, params) => notifications.set(method, [...(notifications.get(method) ?? []), params]));
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: null,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
  });
  await connection.sendNotification('initialized', {});
  return { connection, notifications };
}

export function openDocument(server: TestServer, uri: string, text: string, version = 1): Promise<void> {
  return server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
}

/** Waits for `check` to return something, polling every `everyMs`; fails after `timeoutMs`. */
export async function eventually<T>(check: () => T | undefined, what: string, timeoutMs = 5000, everyMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = check();
    if (hit !== undefined) return hit;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
