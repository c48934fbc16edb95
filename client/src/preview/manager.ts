/**
 * The previews of all decks: one panel per deck, reused when open; the commands; editor ↔ preview sync;
 * restoring panels after a window reload.
 */
import * as vscode from 'vscode';
import type { SlideSummary } from '../../../server/src/protocol';
import type { ExtensionDeps } from '../extension';
import { type FromWebview, isPreviewState, type SlidePosition } from './messages';
import { DeckPreview, PREVIEW_VIEW_TYPE, previewRoots } from './panel';

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Map<string, DeckPreview>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly deps: ExtensionDeps, private readonly stopPresenting: () => void = () => undefined) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.get(e.document.uri)?.schedule()),
      // A language change reopens the document for the server: render again, in case a render fell in between.
      vscode.workspace.onDidOpenTextDocument((doc) => this.get(doc.uri)?.schedule()),
      vscode.window.onDidChangeTextEditorSelection((e) => void this.cursorMoved(e.textEditor)),
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state: unknown) => this.restore(panel, state),
      }),
    );
  }

  get(uri: vscode.Uri): DeckPreview | undefined {
    return this.previews.get(uri.toString());
  }

  /** Opens (or reveals) the preview of `doc` in `column`. */
  show(doc: vscode.TextDocument, column: vscode.ViewColumn, preserveFocus = true): DeckPreview {
    const open = this.get(doc.uri);
    if (open) {
      open.panel.reveal(undefined, preserveFocus);
      return open;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus }, {
      enableScripts: true,
      localResourceRoots: previewRoots(this.deps.context.extensionUri, doc.uri),
    });
    return this.adopt(panel, doc.uri);
  }

  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri, state?: import('./messages').PreviewState): DeckPreview {
    panel.iconPath = vscode.Uri.joinPath(this.deps.context.extensionUri, 'media', 'preview-icon.svg');
    const preview = new DeckPreview(panel, uri, {
      extensionUri: this.deps.context.extensionUri,
      client: this.deps.client,
      onMessage: (p, msg) => void this.webviewMessage(p, msg),
      onDispose: (p) => this.previews.delete(p.uri.toString()),
    }, state);
    this.previews.set(uri.toString(), preview);
    return preview;
  }

  private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (!isPreviewState(state)) {
      panel.dispose();
      return;
    }
    const uri = vscode.Uri.parse(state.uri);
    try {
      // Opening the document makes the language server see it, so it can be rendered.
      await vscode.workspace.openTextDocument(uri);
    } catch {
      panel.dispose();
      return;
    }
    this.adopt(panel, uri, state);
  }

  /** The cursor moved: show its slide (sync) and mark it for the overview. */
  private async cursorMoved(editor: vscode.TextEditor): Promise<void> {
    const preview = this.get(editor.document.uri);
    if (!preview) return;
    const line = editor.selection.active.line;
    const slide = await this.slideAt(editor.document, line);
    if (!slide) return;
    const position = { h: slide.h, v: slide.v };
    // Most cursor moves stay on the same slide; tell the webview only when the slide changes.
    if (preview.cursorAt?.h !== position.h || preview.cursorAt?.v !== position.v) {
      preview.cursorAt = position;
      preview.post({ type: 'cursor', position });
    }
    const target = preview.sync.editorMoved(position, line);
    if (target) preview.goto(target);
  }

  private async slideAt(doc: vscode.TextDocument, line: number): Promise<SlideSummary | undefined> {
    const { slide, result } = await this.deps.slides.at(doc, line);
    return result.isDeck ? slide : undefined;
  }

  private async webviewMessage(preview: DeckPreview, msg: FromWebview): Promise<void> {
    if (msg.type === 'toggleLock') preview.setLocked(!preview.sync.options.locked);
    else if (msg.type === 'stopPresenting') this.stopPresenting();
    else if (msg.type === 'ready') await this.showCursorSlide(preview, false);
    else if (msg.type === 'slide') await this.previewMoved(preview, msg.position, msg.origin);
  }

  /** The preview moved by itself: reveal that slide's first content line in a visible editor of the deck. */
  private async previewMoved(preview: DeckPreview, position: SlidePosition, origin: 'editor' | 'preview'): Promise<void> {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === preview.uri.toString());
    const cursorSlide = editor ? await this.slideAt(editor.document, editor.selection.active.line) : undefined;
    if (!preview.sync.previewMoved(position, origin, cursorSlide) || !editor) return;
    const result = await this.deps.slides.get(editor.document, { position: { h: position.h, v: position.v } });
    const slide = result.slides.find((s) => s.h === position.h && s.v === position.v);
    if (!slide) return;
    const at = new vscode.Position(slide.contentLine, 0);
    preview.sync.expectSelection(slide.contentLine);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Sends the slide under the cursor of the deck's editor (always, or only when following). */
  async showCursorSlide(preview: DeckPreview, force: boolean): Promise<void> {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === preview.uri.toString());
    if (!editor) return;
    const slide = await this.slideAt(editor.document, editor.selection.active.line);
    if (!slide) return;
    const position = { h: slide.h, v: slide.v };
    preview.cursorAt = position;
    preview.post({ type: 'cursor', position });
    if (force || preview.sync.following) {
      preview.sync.editorMoved(position, -1);
      preview.goto(position);
    }
  }

  dispose(): void {
    for (const p of [...this.previews.values()]) p.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
