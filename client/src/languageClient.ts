import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type MessageTransports, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { DECK_SELECTOR } from './deckDocuments';
import { restartingErrorHandler } from './serverRestart';
import { TrafficMeter } from './trafficMeter';
import { OutlineChanges } from './outlineChanges';

/** The language client with its messages passing through a `TrafficMeter` (idle unless a test starts it). */
class MeteredLanguageClient extends LanguageClient {
  readonly meter = new TrafficMeter();

  protected override async createMessageTransports(encoding: string): Promise<MessageTransports> {
    return this.meter.wrap(await super.createMessageTransports(encoding));
  }
}

/**
 * Node options of the server process. A keystroke in a 10,000-slide deck makes a new parse of about 8 MB that
 * lives until the next one: with V8's default young generation most of it is copied once more and promoted
 * before it dies, and a larger one lets it die young (about 4 ms less per keystroke there). With
 * SCS_DECK_SERVER_CPU_PROFILE naming a folder, the server also writes a CPU profile there when it exits.
 */
function serverExecArgv(): string[] {
  const dir = process.env.SCS_DECK_SERVER_CPU_PROFILE;
  return ['--max-semi-space-size=32', ...(dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [])];
}

/**
 * Creates the SCS Deck language client (server over IPC) and starts it without waiting: activation stays
 * fast, and requests sent before the server is up wait for it. `ready` settles when the server answered.
 */
export function startLanguageClient(context: vscode.ExtensionContext): { client: LanguageClient; meter: TrafficMeter; ready: Promise<void>; output: vscode.OutputChannel } {
  // Made now, not on the first log line: the README sends users to the "SCS Deck" output, so it must be there.
  const output = vscode.window.createOutputChannel('SCS Deck');
  context.subscriptions.push(output);
  output.appendLine(`SCS Deck ${String(context.extension.packageJSON.version ?? '')} activated; starting the language server.`);
  const outline = new OutlineChanges();
  context.subscriptions.push(outline);
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: serverExecArgv() } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverExecArgv(), '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // The server decides which Markdown documents are decks; other Markdown gets nothing back.
    documentSelector: DECK_SELECTOR,
    synchronize: { configurationSection: 'scsDeck' },
    outputChannel: output,
    errorHandler: restartingErrorHandler(() => output),
    // Symbols and folding come as changes to the last reply: VS Code asks for both after every keystroke.
    middleware: outline.middleware,
  };
  const client = new MeteredLanguageClient('scsDeck', 'SCS Deck', serverOptions, clientOptions);
  outline.attach(client);
  const ready = client.start().then(() => output.appendLine('Language server ready.'), (err: unknown) => {
    void vscode.window.showErrorMessage(`SCS Deck could not start its language server: ${err instanceof Error ? err.message : String(err)}`);
    throw err;
  });
  return { client, meter: client.meter, ready, output };
}
