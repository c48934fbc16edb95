import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startLanguageClient } from './languageClient';
import { registerPreview } from './preview';
import { SlideStore } from './slides';
import { DeckStates } from './deckState';
import { registerNewDeck } from './newDeck';
import { registerSlideNumbers } from './slideNumbers';
import { registerWhereAmI } from './whereAmI';
import { registerHedgeDoc } from './hedgedoc';
import { registerDeckLanguage } from './deckLanguage';
import type { TrafficMeter } from './trafficMeter';

/** What every client feature module gets. */
export interface ExtensionDeps {
  readonly context: vscode.ExtensionContext;
  readonly client: LanguageClient;
  readonly slides: SlideStore;
  /** Which open documents are decks, as the server says. */
  readonly decks: DeckStates;
}

/** What `activate` returns: for tests and other extensions. */
export interface DeckApi {
  /** Settles when the language server has started. */
  readonly ready: Promise<void>;
  /** Time spent in `activate` itself (ms). */
  activateMs: number;
  /** Time from activation to a running language server (ms), once `ready` settled. */
  readyMs?: number;
  /** The "SCS Deck" output channel, there from activation on. */
  readonly output: vscode.OutputChannel;
  /** Where live HedgeDoc notes keep edits the server has not confirmed yet, until it has them. */
  readonly unsentEditsFolder: vscode.Uri;
  /** Counts the bytes between the extension and the language server while started (tests hold keystrokes to a budget). */
  readonly traffic: TrafficMeter;
}

let client: LanguageClient | undefined;

/**
 * Wires the language client and the client-side features; each feature lives in its own module.
 * Returns at once: the server starts in the background and `ready` resolves when it is up.
 */
export function activate(context: vscode.ExtensionContext): DeckApi {
  const t0 = performance.now();
  const started = startLanguageClient(context);
  client = started.client;
  context.subscriptions.push(client);
  const decks = new DeckStates(client);
  context.subscriptions.push(decks);
  const deps: ExtensionDeps = { context, client, slides: new SlideStore(client), decks };
  registerPreview(deps);
  registerNewDeck(deps);
  registerWhereAmI(deps);
  registerSlideNumbers(deps);
  const unsentEditsFolder = registerHedgeDoc(deps);
  registerDeckLanguage(deps);
  const api: DeckApi = {
    ready: started.ready.then(() => {
      api.readyMs = performance.now() - t0;
    }),
    activateMs: 0,
    output: started.output,
    unsentEditsFolder,
    traffic: started.meter,
  };
  api.activateMs = performance.now() - t0;
  return api;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
