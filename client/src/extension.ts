import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startLanguageClient } from './languageClient';
import { registerPreview } from './preview';
import { SlideStore } from './slides';
import { registerNewDeck } from './newDeck';
import { registerSlideNumbers } from './slideNumbers';
import { registerWhereAmI } from './whereAmI';

/** What every client feature module gets. */
export interface ExtensionDeps {
  readonly context: vscode.ExtensionContext;
  readonly client: LanguageClient;
  readonly slides: SlideStore;
}

let client: LanguageClient | undefined;

/** Wires the language client and the client-side features; each feature lives in its own module. */
export async function activate(context: vscode.ExtensionContext): Promise<{ ready: Promise<void> }> {
  client = await startLanguageClient(context);
  context.subscriptions.push(client);
  const deps: ExtensionDeps = { context, client, slides: new SlideStore(client) };
  void deps;
  registerPreview(deps);
  registerNewDeck(deps);
  registerWhereAmI(deps);
  registerSlideNumbers(deps);
  return { ready: Promise.resolve() };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
