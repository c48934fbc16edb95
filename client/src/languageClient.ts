import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';

/** Starts the SCS Deck language server over IPC. */
export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The server decides which Markdown documents are decks; other Markdown gets nothing back.
    documentSelector: [{ language: 'markdown' }],
    synchronize: { configurationSection: 'scsDeck' },
    outputChannelName: 'SCS Deck',
  };
  const client = new LanguageClient('scsDeck', 'SCS Deck', serverOptions, clientOptions);
  await client.start();
  return client;
}
