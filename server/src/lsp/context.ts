import { TextDocument } from 'vscode-languageserver-textdocument';
import { type Connection, type FileEvent, TextDocuments } from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { type Deck, DeckCache, isDeck, parseDeck } from '../core';
import { collectSoon, LARGE_DOCUMENT } from './collectGarbage';
import { type DeckSettings, SettingsStore } from './settings';
import { VersionWaits } from './versionWaits';

/**
 * What every LSP feature module gets: the connection, the open documents, settings, and the one parse
 * per document version that all features share.
 */
export class ServerContext {
  readonly documents = new TextDocuments(TextDocument);
  readonly settings: SettingsStore;
  private readonly decks = new DeckCache();
  private readonly deckness = new Map<string, { version: number; isDeck: boolean }>();
  private readonly versionWaits = new VersionWaits();
  private readonly fileListeners: ((changes: FileEvent[]) => void)[] = [];
  /** Every store that keeps something per document, by name, with its number of entries. */
  private readonly documentStores = new Map<string, () => number>();

  constructor(readonly connection: Connection) {
    this.settings = new SettingsStore(connection);
    this.documents.onDidClose((e) => {
      this.decks.delete(e.document.uri);
      this.deckness.delete(e.document.uri);
      this.settings.forget(e.document.uri);
      this.versionWaits.settle(e.document.uri);
      if (e.document.getText().length >= LARGE_DOCUMENT) collectSoon();
    });
    this.trackDocumentState('decks', () => this.decks.size);
    this.trackDocumentState('deck detection', () => this.deckness.size);
    this.trackDocumentState('settings', () => this.settings.size);
    this.trackDocumentState('version waits', () => this.versionWaits.size);
    this.trackDocumentState('open documents', () => this.documents.keys().length);
    // (Fired for an opened document too.)
    this.documents.onDidChangeContent((e) => this.versionWaits.settle(e.document.uri, e.document.version));
    // The connection takes one handler per notification: features subscribe here instead.
    connection.onDidChangeWatchedFiles((p) => this.fileListeners.forEach((fn) => fn(p.changes)));
  }

  /** Files the client watches for us changed on disk (see `linting.ts` for the patterns). */
  onFilesChanged(listener: (changes: FileEvent[]) => void): void {
    this.fileListeners.push(listener);
  }

  /**
   * Registers a store that keeps something per document and must be empty for a document once it is closed
   * (a closed 46 MB document must not stay in memory through a cache). Tests read the sizes.
   */
  trackDocumentState(name: string, size: () => number): void {
    this.documentStores.set(name, size);
  }

  /** Entries each per-document store holds: all zero once every document is closed. */
  documentStateSizes(): Record<string, number> {
    return Object.fromEntries([...this.documentStores].map(([name, size]) => [name, size()]));
  }

  /** Whether `doc` is still open: a handler that awaited may hold a document that closed meanwhile. */
  isOpen(doc: TextDocument): boolean {
    return this.documents.get(doc.uri) === doc;
  }

  /**
   * Waits until the server holds `version` of the document (or a newer one). A client request can overtake
   * the change notification it follows, since the client's own listeners may run before its document sync;
   * answering then would describe the old text. Gives up after `timeoutMs` and answers for what it has.
   */
  async atVersion(uri: string, version: number | undefined, timeoutMs = 2000): Promise<void> {
    const have = this.documents.get(uri)?.version ?? -1;
    if (version === undefined || have >= version) return;
    await this.versionWaits.wait(uri, version, timeoutMs);
  }

  /**
   * The parsed deck for an open document, or undefined if it is not a deck (non-deck Markdown gets nothing)
   * or cannot be analysed (too large, binary: the diagnostics say why).
   */
  async deck(uri: string): Promise<Deck | undefined> {
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    const settings = await this.settings.get(uri);
    // Closed while the settings were fetched: caching its parse now would keep it in memory for good.
    if (!this.isOpen(doc) || !this.isDeckDocument(doc, settings) || unanalysable(doc, settings)) return undefined;
    return this.parse(doc);
  }

  /** The parse of this document version, shared by every feature. */
  parse(doc: TextDocument): Deck {
    if (!this.isOpen(doc)) return parseDeck(doc.getText());
    return this.decks.get(doc.uri, doc.version, () => doc.getText());
  }

  isDeckDocument(doc: TextDocument, settings: DeckSettings): boolean {
    const hit = this.deckness.get(doc.uri);
    if (hit && hit.version === doc.version) return hit.isDeck;
    const result = isDeck(doc.getText(), pathOf(doc.uri), settings.decks);
    if (this.isOpen(doc)) this.deckness.set(doc.uri, { version: doc.version, isDeck: result });
    return result;
  }

  /** Forget cached deck detection (after a settings change). */
  resetDetection(): void {
    this.deckness.clear();
  }
}

/**
 * Why a deck is not analysed: over `scsDeck.maxFileSizeKb`, or binary (a NUL byte near the start, like a
 * PNG opened as Markdown). Both would only produce noise, and a huge file would stall every feature.
 */
export function unanalysable(doc: TextDocument, settings: DeckSettings): 'too-large' | 'binary' | undefined {
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
