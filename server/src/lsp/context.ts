import { type Connection, type FileEvent, TextDocuments } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { type Deck, isDeck } from '../core';
import { collectSoon, LARGE_DOCUMENT } from './collectGarbage';
import { type DocumentState, documentStates } from './documentState';
import { type DeckSettings, SettingsStore } from './settings';
import { VersionWaits } from './versionWaits';

/**
 * What every LSP feature module gets: the connection, the open documents with their state (one
 * `DocumentState` each, holding the one parse per version that all features share), and settings.
 */
export class ServerContext {
  /** Requests for a document that has not opened yet (the request overtook the open); they move to its state. */
  private readonly waitsBeforeOpen = new Map<string, VersionWaits>();
  readonly documents = new TextDocuments<DocumentState>(documentStates((uri) => this.takeWaitsBeforeOpen(uri)));
  readonly settings: SettingsStore;
  private readonly fileListeners: ((changes: FileEvent[]) => void)[] = [];

  constructor(readonly connection: Connection) {
    this.settings = new SettingsStore(connection, (uri) => this.documents.get(uri));
    this.documents.onDidClose((e) => {
      e.document.versionWaits.settle();
      if (e.document.getText().length >= LARGE_DOCUMENT) collectSoon();
    });
    // (Fired for an opened document too.)
    this.documents.onDidChangeContent((e) => e.document.versionWaits.settle(e.document.version));
    // The connection takes one handler per notification: features subscribe here instead.
    connection.onDidChangeWatchedFiles((p) => this.fileListeners.forEach((fn) => fn(p.changes)));
  }

  /** Files the client watches for us changed on disk (see `linting.ts` for the patterns). */
  onFilesChanged(listener: (changes: FileEvent[]) => void): void {
    this.fileListeners.push(listener);
  }

  /**
   * What the server holds for documents: open documents (each one `DocumentState`) and requests waiting for
   * a document to open. Both are zero once every document is closed and no request waits; tests read them.
   */
  documentStateSizes(): Record<string, number> {
    return { 'open documents': this.documents.keys().length, 'waits before open': this.waitsBeforeOpen.size };
  }

  /** Whether `state` is still open: a handler that awaited may hold a document that closed meanwhile. */
  isOpen(state: DocumentState): boolean {
    return this.documents.get(state.uri) === state;
  }

  /**
   * Waits until the server holds `version` of the document (or a newer one). A client request can overtake
   * the change notification it follows, since the client's own listeners may run before its document sync;
   * answering then would describe the old text. Gives up after `timeoutMs` and answers for what it has.
   */
  async atVersion(uri: string, version: number | undefined, timeoutMs = 2000): Promise<void> {
    const state = this.documents.get(uri);
    if (version === undefined || (state?.version ?? -1) >= version) return;
    if (state) return state.versionWaits.wait(version, timeoutMs);
    const waits = this.waitsBeforeOpen.get(uri) ?? new VersionWaits();
    this.waitsBeforeOpen.set(uri, waits);
    await waits.wait(version, timeoutMs);
    // Timed out before the document opened: nothing may stay behind for it.
    if (waits.size === 0 && this.waitsBeforeOpen.get(uri) === waits) this.waitsBeforeOpen.delete(uri);
  }

  /**
   * The parsed deck for an open document, or undefined if it is not a deck (non-deck Markdown gets nothing)
   * or cannot be analysed (too large, binary: the diagnostics say why).
   */
  async deck(uri: string): Promise<Deck | undefined> {
    const state = this.documents.get(uri);
    if (!state) return undefined;
    const settings = await this.settings.get(uri);
    if (!this.isOpen(state) || !this.isDeckDocument(state, settings) || unanalysable(state, settings)) return undefined;
    return state.deck();
  }

  isDeckDocument(state: DocumentState, settings: DeckSettings): boolean {
    return state.isDeck(() => isDeck(state.getText(), pathOf(state.uri), settings.decks));
  }

  /** The configuration changed: every document asks for its settings and is detected again. */
  configurationChanged(): void {
    for (const state of this.documents.all()) state.forgetSettings();
  }

  private takeWaitsBeforeOpen(uri: string): VersionWaits | undefined {
    const waits = this.waitsBeforeOpen.get(uri);
    this.waitsBeforeOpen.delete(uri);
    return waits;
  }
}

/**
 * Why a deck is not analysed: over `scsDeck.maxFileSizeKb`, or binary (a NUL byte near the start, like a
 * PNG opened as Markdown). Both would only produce noise, and a huge file would stall every feature.
 */
export function unanalysable(doc: { getText(): string }, settings: DeckSettings): 'too-large' | 'binary' | undefined {
  const text = doc.getText();
  if (text.length > settings.maxFileSizeKb * 1024) return 'too-large';
  if (text.slice(0, 8192).includes('\u0000')) return 'binary';
  return undefined;
}

function pathOf(uri: string): string {
  try {
    return URI.parse(uri).path;
  } catch {
    return uri;
  }
}
