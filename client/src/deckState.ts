import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DECK_STATE_NOTIFICATION, type DeckStateParams } from '../../server/src/protocol';
import { isServedDocument } from './deckDocuments';

/**
 * The one place the extension knows which open documents are decks: the server tells (`scsDeck/deckState`)
 * when a document opens and when that changes, so nothing asks on a keystroke. Everything that shows only on
 * decks (the `scsDeck.isDeck` context key, deck commands) reads it here and listens to `onDidChange`.
 */
export class DeckStates implements vscode.Disposable {
  private readonly states = new Map<string, boolean>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  /** A document's deck state changed (or became known). */
  readonly onDidChange = this.changed.event;

  constructor(client: LanguageClient) {
    this.subscriptions.push(
      client.onNotification(DECK_STATE_NOTIFICATION, (p: DeckStateParams) => this.set(p.uri, p.isDeck)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.states.delete(doc.uri.toString())),
      // A restarted server tells again for every document it is given.
      client.onDidChangeState(() => this.states.clear()),
    );
  }

  /** Whether the server said `doc` is a deck (false until it said anything). */
  isDeck(doc: vscode.TextDocument | undefined): boolean {
    return !!doc && this.states.get(doc.uri.toString()) === true;
  }

  /** The deck state of `doc`, waiting for the server's word if it has not come yet (a document just opened). */
  async whenKnown(doc: vscode.TextDocument, timeoutMs = 5000): Promise<boolean> {
    if (!isServedDocument(doc)) return false;
    const known = this.states.get(doc.uri.toString());
    if (known !== undefined) return known;
    return new Promise<boolean>((resolve) => {
      const done = (value: boolean) => {
        clearTimeout(timer);
        sub.dispose();
        resolve(value);
      };
      const sub = this.onDidChange((uri) => uri.toString() === doc.uri.toString() && done(this.isDeck(doc)));
      const timer = setTimeout(() => done(false), timeoutMs);
    });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private set(uri: string, isDeck: boolean): void {
    this.states.set(uri, isDeck);
    this.changed.fire(vscode.Uri.parse(uri));
  }
}
