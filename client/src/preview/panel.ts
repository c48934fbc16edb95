/**
 * One preview webview for one deck: asks the server for renders, posts only the slides the webview lacks,
 * and relays slide moves. The webview holds its own state (`setState`), so no `retainContextWhenHidden`:
 * when it comes back it says `ready` and gets everything again.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type DeckFrame, PREVIEW_REPORT_NOTIFICATION, type PreviewReportParams, RENDER_REQUEST, type RenderParams, type RenderResult } from '../../../server/src/protocol';
import { CostSchedule } from '../../../server/src/costSchedule';
import { allowedImageRoots, isInside, type LocalImageFolders } from '../../../server/src/host/localImageFiles';
import { buildPreviewHtml, makeNonce } from './html';
import { rewriteFrame, rewriteSlide } from './localUrls';
import { type FromWebview, isFromWebview, type PreviewState, type SlidePosition, type ToWebview } from './messages';
import { SyncDecider } from './sync';
import { applyFrameChange, frameChange, sentFrame, type SentFrame } from '../../../server/src/frameChange';

export const PREVIEW_VIEW_TYPE = 'scsDeck.preview';

export interface PreviewHost {
  readonly extensionUri: vscode.Uri;
  readonly client: LanguageClient;
  /** A webview message arrived (slide moves, lock toggles). */
  onMessage(preview: DeckPreview, msg: FromWebview): void;
  onDispose(preview: DeckPreview): void;
}

/**
 * Folders the webview may load from: our media, and the folders deck images may come from (the deck's,
 * its workspace folder, the uploads copies) as the one rule for local images has them (real paths: the
 * server maps each image to its real path, so a symlink out of these folders finds no root).
 */
export function previewRoots(extensionUri: vscode.Uri, deck: vscode.Uri): vscode.Uri[] {
  const roots = [vscode.Uri.joinPath(extensionUri, 'dist', 'media')];
  if (deck.scheme !== 'file') return roots;
  return roots.concat(allowedImageRoots(imageFolders(deck)).map((dir) => vscode.Uri.file(dir)));
}

/** Where a `file:` deck's local images may come from (see host/localImageFiles). */
export function imageFolders(deck: vscode.Uri): LocalImageFolders {
  const uploads = uploadsFolder(deck);
  return { deckDir: vscode.Uri.joinPath(deck, '..').fsPath, workspaceDir: workspaceFolder(deck), uploadDirs: uploads ? [uploads] : [] };
}

function workspaceFolder(deck: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(deck);
  return folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
}

/** `scsDeck.preview.uploadsFolder`, absolute (relative paths are taken from the workspace folder, else the deck's). */
export function uploadsFolder(deck: vscode.Uri): string | undefined {
  const setting = vscode.workspace.getConfiguration('scsDeck.preview', deck).get<string>('uploadsFolder', '').trim();
  if (!setting || deck.scheme !== 'file') return undefined;
  const base = vscode.workspace.getWorkspaceFolder(deck)?.uri ?? vscode.Uri.joinPath(deck, '..');
  return setting.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(setting) ? setting : vscode.Uri.joinPath(base, setting).fsPath;
}

export class DeckPreview {
  readonly sync: SyncDecider;
  /** Hashes whose HTML the current webview instance holds. */
  private known: readonly string[] = [];
  /** The server's reply the webview applied last, while the server's memory of this preview matches it. */
  private synced: { readonly seq: number; readonly frame: DeckFrame } | undefined;
  /** The frame last posted to the current webview document: the next one travels as a change to it. */
  private posted: SentFrame | undefined;
  private postedSeq = 0;
  /** Names this preview to the server, which remembers the frame it sent here. */
  private readonly id = randomBytes(8).toString('hex');
  private shownVersion = -1;
  /** Renders at once when idle; while typing, one at a time, spaced by what the last one cost. */
  private readonly updates = new CostSchedule(() => this.render());
  /** Bumped when the webview document restarts: replies to requests made before then are stale. */
  private session = 0;
  /** When the first edit not yet rendered happened. */
  private firstChange: number | undefined;
  private inFlight = false;
  private again = false;
  private disposed = false;
  state: PreviewState;
  /** The slide under the editor cursor, as last sent for the overview outline. */
  cursorAt: SlidePosition | undefined;

  constructor(readonly panel: vscode.WebviewPanel, readonly uri: vscode.Uri, private readonly host: PreviewHost, state?: PreviewState) {
    const cfg = vscode.workspace.getConfiguration('scsDeck.preview', uri);
    // A restored panel is not presenting: that lasted only as long as the window that started it.
    this.state = state ? { ...state, presenting: false } : { uri: uri.toString(), locked: cfg.get<boolean>('lockByDefault', false) };
    this.sync = new SyncDecider({ enabled: cfg.get<boolean>('sync', true), locked: !!this.state.locked });
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: previewRoots(host.extensionUri, uri) };
    panel.onDidDispose(() => this.dispose());
    panel.webview.onDidReceiveMessage((msg: unknown) => {
      if (isFromWebview(msg)) this.receive(msg);
    });
    this.setTitle();
    panel.webview.html = this.html();
  }

  private html(): string {
    const webview = this.panel.webview;
    const mediaBase = webview.asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, 'dist', 'media')).toString();
    return buildPreviewHtml({ cspSource: webview.cspSource, nonce: makeNonce(randomBytes), mediaBase });
  }

  private receive(msg: FromWebview): void {
    if (msg.type === 'ready') {
      // A fresh webview document (first load, shown again, reloaded): it holds nothing yet.
      this.known = [];
      this.synced = undefined;
      this.posted = undefined;
      this.session++;
      this.cursorAt = undefined;
      this.shownVersion = -1;
      this.sync.reset();
      this.post({ type: 'init', state: { ...this.state, locked: this.sync.options.locked } });
      void this.render();
    } else if (msg.type === 'slide') {
      this.state = { ...this.state, position: msg.position };
    } else if (msg.type === 'measured') {
      // The server checks the version and each slide's position and hash against the document it holds.
      const report: PreviewReportParams = { uri: this.uri.toString(), version: msg.version, slides: msg.slides };
      void this.host.client.sendNotification(PREVIEW_REPORT_NOTIFICATION, report).catch(() => undefined);
    }
    this.host.onMessage(this, msg);
  }

  /**
   * Present mode on or off. Kept in the state, because moving the panel to its own group restarts the webview,
   * and a message posted meanwhile is lost: the next `init` carries it again.
   */
  setPresenting(on: boolean): void {
    this.state = { ...this.state, presenting: on };
    this.post(on ? { type: 'present', notes: false } : { type: 'presentEnded' });
  }

  post(msg: ToWebview): void {
    if (!this.disposed) void this.panel.webview.postMessage(msg);
  }

  /** The document changed: re-render now, or after the running render and its pause (at least `scsDeck.preview.debounceMs`). */
  schedule(): void {
    this.firstChange ??= Date.now();
    this.updates.minGapMs = vscode.workspace.getConfiguration('scsDeck.preview', this.uri).get<number>('debounceMs', 0);
    this.updates.changed();
  }

  /** One request at a time, so every reply is computed against what the webview really holds. */
  async render(): Promise<void> {
    if (this.disposed) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = true;
    try {
      await this.renderOnce();
    } finally {
      this.inFlight = false;
      if (this.again && !this.disposed) {
        this.again = false;
        void this.render();
      }
    }
  }

  private async renderOnce(): Promise<void> {
    const session = this.session;
    const webview = this.panel.webview;
    // The hashes travel only when the server's memory of this preview may differ from what the webview holds.
    const base = this.synced;
    this.synced = undefined;
    const params: RenderParams = {
      uri: this.uri.toString(),
      version: vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.uri.toString())?.version,
      preview: this.id,
      ...(base ? { base: base.seq } : { known: this.known }),
      emojiBase: webview.asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, 'dist', 'media', 'emoji')).toString(),
      uploadsFolder: uploadsFolder(this.uri),
      workspaceFolder: this.uri.scheme === 'file' ? workspaceFolder(this.uri) : undefined,
    };
    const started = Date.now();
    const changedAt = this.firstChange;
    const waited = changedAt === undefined ? 0 : started - changedAt;
    this.firstChange = undefined;
    let result: RenderResult;
    try {
      result = await this.host.client.sendRequest<RenderResult>(RENDER_REQUEST, params);
    } catch (err) {
      this.post({ type: 'message', text: `The preview could not be rendered: ${err instanceof Error ? err.message : String(err)}` });
      return;
    }
    // A reply computed against what an earlier webview held would leave holes in this one.
    if (session !== this.session) {
      this.again = true;
      return;
    }
    if (this.disposed || result.version < this.shownVersion) return;
    const frame = result.frame ?? (result.frameChange && base ? applyFrameChange(base.frame, result.frameChange) : undefined);
    if (!result.isDeck || !frame) {
      this.posted = undefined;
      this.post({ type: 'message', text: 'This file is not an SCS deck: add `type: slide` to its front matter, or check `scsDeck.decks.include`.' });
      return;
    }
    // The server mapped only files the rule allows; a path outside the allowed folders still maps to nothing.
    const roots = this.uri.scheme === 'file' ? allowedImageRoots(imageFolders(this.uri)) : [];
    // reveal.js runs a background URL through decodeURI and then encodes it again; decodeURI keeps `%2B`, so the
    // webview's `file%2B.vscode-resource…` host would come out as `%252B` and the image would not load.
    const map = (fsPath: string) => (roots.some((root) => isInside(fsPath, root)) ? webview.asWebviewUri(vscode.Uri.file(fsPath)).toString().replace(/%2B/gi, '+') : '');
    this.shownVersion = result.version;
    const postedAt = Date.now();
    const timing = { waited, request: postedAt - started, changedAt, postedAt };
    const shown = rewriteFrame(frame, map);
    const seq = ++this.postedSeq;
    const slides = result.slides.map((s) => rewriteSlide(s, map));
    // A 10,000-slide frame is hundreds of KiB: after the first, only what changed goes to the webview.
    const body = this.posted ? { base: this.posted.seq, change: frameChange(this.posted, shown) } : { frame: shown };
    this.post({ type: 'render', version: result.version, seq, ...body, slides, timing });
    this.posted = sentFrame(seq, shown);
    this.known = frame.hashes;
    if (result.seq !== undefined) this.synced = { seq: result.seq, frame };
  }

  goto(position: SlidePosition): void {
    this.post({ type: 'goto', position, origin: 'editor' });
  }

  setLocked(locked: boolean): void {
    this.sync.options.locked = locked;
    this.state = { ...this.state, locked };
    this.post({ type: 'lock', locked });
    this.setTitle();
  }

  private setTitle(): void {
    const name = this.uri.path.split('/').pop() ?? 'deck';
    this.panel.title = `Preview ${name}${this.sync.options.locked ? ' (locked)' : ''}`;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.updates.dispose();
    this.host.onDispose(this);
    this.panel.dispose();
  }
}
