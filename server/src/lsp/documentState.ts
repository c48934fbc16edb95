/**
 * Everything the server keeps for one open document, in one object: created when the document opens, dropped
 * with it when it closes. Features hang their per-document data here instead of keeping maps by URI, so a
 * closed document (possibly 46 MB) cannot stay behind in a forgotten cache.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { type Deck, parseDeck } from '../core';
import type { RenderCache, RenderOptions } from '../core/render';
import type { LintCache } from '../core/rules/slideCache';
import type { DeckSettings } from './settings';
import { VersionWaits } from './versionWaits';
import type { CostSchedule } from '../costSchedule';
import type { SentFrame } from '../frameChange';
import type { PreviewReports } from './previewReport';

/** What `diagnostics.ts` keeps: when to lint next, the result computed ahead, whether the client shows any. */
export interface DiagnosticsState {
  schedule?: CostSchedule;
  /** Diagnostics of `version`, computed once per version. */
  ready?: { readonly version: number; readonly diagnostics: Promise<Diagnostic[] | undefined> };
  /** Non-empty diagnostics were sent, so an empty list must follow when they go away. */
  published: boolean;
}

/** What `renderRequest.ts` keeps: rendered slides for one set of preview options. */
export interface RenderState {
  readonly key: string;
  readonly options: RenderOptions;
  readonly cache: RenderCache;
}

/** A list last sent for a document (outline, folding), and its line count then (to tell how far the tail moved). */
export interface SentList<T> {
  readonly seq: number;
  readonly items: readonly T[];
  readonly lineCount: number;
}

export class DocumentState {
  /** The resource-scoped settings, fetched once; dropped when the configuration changes. */
  settings?: Promise<DeckSettings>;
  /** The same settings once they arrived, for decisions that cannot wait (timers). */
  knownSettings?: DeckSettings;
  /** Slide results of the last lint, so a keystroke re-lints one slide. */
  lintCache?: LintCache;
  readonly diagnostics: DiagnosticsState = { published: false };
  render?: RenderState;
  /** Per preview (by its id): the frame last sent there, so the next reply carries only the change. */
  readonly previewFrames = new Map<string, SentFrame>();
  /** Per request method (`scsDeck/symbols`, `scsDeck/folding`): the list last sent, so the next reply is a change. */
  readonly outlineReplies = new Map<string, SentList<unknown>>();
  /** What the preview measured of this document's slides (`scsDeck/previewReport`), by slide content hash. */
  previewReports?: PreviewReports;
  /** The deck state last told to the client (`scsDeck/deckState`); none yet: tell it. */
  toldIsDeck?: boolean;
  private parsed?: { readonly version: number; readonly deck: Deck };
  private detected?: { readonly version: number; readonly isDeck: boolean };

  /** `versionWaits`: requests that arrived before the document opened wait on with it. */
  constructor(readonly document: TextDocument, readonly versionWaits = new VersionWaits()) {}

  get uri(): string {
    return this.document.uri;
  }

  get version(): number {
    return this.document.version;
  }

  getText(): string {
    return this.document.getText();
  }

  /** The parse of the current version, shared by every feature; the previous one lends its unchanged slides. */
  deck(): Deck {
    if (this.parsed?.version === this.version) return this.parsed.deck;
    const deck = parseDeck(this.getText(), this.parsed?.deck);
    this.parsed = { version: this.version, deck };
    return deck;
  }

  /** Whether the current version is a deck, asking `detect` once per version. */
  isDeck(detect: () => boolean): boolean {
    if (this.detected?.version === this.version) return this.detected.isDeck;
    const isDeck = detect();
    this.detected = { version: this.version, isDeck };
    return isDeck;
  }

  /** The configuration changed: settings and deck detection are asked again. */
  forgetSettings(): void {
    this.settings = undefined;
    this.knownSettings = undefined;
    this.detected = undefined;
  }
}

/** How `TextDocuments` keeps document states in sync with the client's edits. */
export function documentStates(waitsOf: (uri: string) => VersionWaits | undefined): TextDocumentsConfiguration<DocumentState> {
  return {
    create: (uri, languageId, version, text) => new DocumentState(TextDocument.create(uri, languageId, version, text), waitsOf(uri)),
    update: (state, changes, version) => {
      TextDocument.update(state.document, changes, version);
      return state;
    },
  };
}
