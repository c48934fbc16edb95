/**
 * "SCS Deck: Open HedgeDoc Note…": a note opened as `hedgedoc://<host>/<id>.md`, bound to the live note.
 * Edits flow both ways through a DocumentMirror; the status bar shows the connection; others' cursors are
 * decorations with their names; edits the server has not confirmed are kept in a local file until it has them.
 */
import * as vscode from 'vscode';
import { HedgeDocError } from '../../../server/src/hedgedoc/errors';
import { normalizeServerUrl, type NoteRef } from '../../../server/src/hedgedoc/noteUrl';
import { mayUsePrivateAddresses } from '../../../server/src/hedgedoc/settings';
import { LiveNote, type ConnectionState, type RemoteCursor } from '../../../server/src/hedgedoc/realtime/liveNote';
import { configuredServer, type HedgeDocAccess, requireTrust, showError } from './access';
import { DocumentMirror } from './documentMirror';
import { askNoteUrl } from './importNote';
import { isServedLanguage, MARKDOWN_LANGUAGE } from '../deckLanguage/languages';

import { SCHEME } from './scheme';
import { unsentFolder } from './unsentFolder';

const SERVERS_KEY = 'scsDeck.hedgedoc.liveServers';

interface Session {
  readonly uri: vscode.Uri;
  readonly live: LiveNote;
  /** Changes only when VS Code saves: a newer mtime would make it refuse to save ("file is newer"). */
  mtime: number;
  mirror?: DocumentMirror;
  readonly disposables: vscode.Disposable[];
  backupTimer?: NodeJS.Timeout;
  backupQueue: Promise<unknown>;
  saveTimer?: NodeJS.Timeout;
}

export class LiveNotes implements vscode.FileSystemProvider {
  private readonly sessions = new Map<string, Session>();
  private readonly opening = new Map<string, Promise<Session>>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  private readonly status = vscode.window.createStatusBarItem('scsDeck.hedgedoc', vscode.StatusBarAlignment.Left, 50);
  private readonly cursorTypes = new Map<string, vscode.TextEditorDecorationType>();
  private warnedReadOnly = new Set<string>();

  constructor(private readonly context: vscode.ExtensionContext, private readonly access: HedgeDocAccess, private readonly log: vscode.LogOutputChannel) {
    this.status.name = 'SCS Deck: HedgeDoc connection';
    context.subscriptions.push(
      this.status,
      vscode.workspace.onDidChangeTextDocument((e) => this.onDocumentChange(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d.uri)),
      // A live note restored with the window (or opened by URI) is bound once VS Code has read it.
      vscode.workspace.onDidOpenTextDocument((d) => d.uri.scheme === SCHEME && this.bind(d)),
      vscode.window.onDidChangeActiveTextEditor(() => this.showStatus()),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)),
      { dispose: () => [...this.sessions.keys()].forEach((k) => this.closeSession(vscode.Uri.parse(k))) },
    );
  }

  /** The command: opens the live note of `url` (asked for when not given) in an editor. */
  async openCommand(url?: string): Promise<vscode.TextEditor | undefined> {
    if (!requireTrust('Opening a live HedgeDoc note')) return undefined;
    const ref = await askNoteUrl('Open HedgeDoc Note', url);
    if (!ref) return undefined;
    return this.openNote(ref);
  }

  async openNote(ref: NoteRef): Promise<vscode.TextEditor | undefined> {
    const uri = noteUri(ref);
    await this.rememberServer(uri.authority, ref.server);
    try {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Connecting to ${ref.server}/${ref.id}…` }, () => this.session(uri));
    } catch (err) {
      if (await showError(err, this.access, ref.server)) return this.openNote(ref);
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument(uri);
    // Markdown, so the language server sees it; a deck then gets the deck language like any other.
    if (!isServedLanguage(doc.languageId)) await vscode.languages.setTextDocumentLanguage(doc, MARKDOWN_LANGUAGE);
    const editor = await vscode.window.showTextDocument(doc);
    // HedgeDoc's text has LF line endings; a CRLF default for new files would send carriage returns.
    if (doc.eol === vscode.EndOfLine.CRLF && !doc.getText().includes('\r')) await editor.edit((b) => b.setEndOfLine(vscode.EndOfLine.LF));
    this.bind(doc);
    return editor;
  }

  // FileSystemProvider: the document's content is the live note's text.
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const s = await this.session(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: s.mtime, size: Buffer.byteLength(s.live.text), permissions: s.live.mayEdit ? undefined : vscode.FilePermission.Readonly };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return Buffer.from((await this.session(uri)).live.text, 'utf8');
  }

  /** Saving sends nothing (edits are sent as they are typed); it succeeds once the server confirmed them. */
  async writeFile(uri: vscode.Uri): Promise<void> {
    const s = this.sessions.get(uri.toString());
    if (!s) throw vscode.FileSystemError.Unavailable('The live note is not open any more.');
    s.mtime = Date.now();
    const deadline = Date.now() + 3000;
    while (s.live.hasPending && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (s.live.hasPending) {
      const backup = await this.writeBackup(s);
      throw vscode.FileSystemError.Unavailable(`HedgeDoc has not confirmed the latest edits yet (${s.live.state}); they are kept in ${backup.fsPath}.`);
    }
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions('HedgeDoc notes have no folders.');
  }

  delete(): void {
    throw vscode.FileSystemError.NoPermissions('Delete a HedgeDoc note in HedgeDoc itself.');
  }

  rename(): void {
    throw vscode.FileSystemError.NoPermissions('HedgeDoc notes cannot be renamed from here.');
  }

  /** The session for a URI, connecting on first use (also after a window reload restored the editor). */
  private async session(uri: vscode.Uri): Promise<Session> {
    const key = uri.toString();
    const open = this.sessions.get(key);
    if (open) return open;
    let pending = this.opening.get(key);
    if (!pending) {
      pending = this.connect(uri).finally(() => this.opening.delete(key));
      this.opening.set(key, pending);
    }
    return pending;
  }

  private async connect(uri: vscode.Uri): Promise<Session> {
    if (!vscode.workspace.isTrusted) throw vscode.FileSystemError.NoPermissions('Live HedgeDoc notes need a trusted workspace.');
    const server = this.serverOf(uri.authority);
    const id = decodeURIComponent(uri.path.replace(/^\//, '').replace(/\.md$/, ''));
    const client = await this.access.client(server);
    const live = await LiveNote.open(client, id, { allowPrivate: mayUsePrivateAddresses(server, configuredServer()) });
    const s: Session = { uri, live, mtime: Date.now(), disposables: [], backupQueue: Promise.resolve() };
    this.sessions.set(uri.toString(), s);
    live.on('state', () => {
      this.showStatus();
      this.scheduleBackup(s);
    });
    live.on('cursors', () => this.showCursors(s));
    live.on('synced', () => this.onSynced(s));
    live.on('keptAside', (text: string) => void this.keepAside(s, text));
    live.on('error', (err: HedgeDocError) => {
      this.log.error(`${server}/${id}: ${err.message}`);
      void this.writeBackup(s);
      void vscode.window.showErrorMessage(`SCS Deck: ${err.message} Your text is kept in a local file.`);
      this.showStatus();
    });
    this.log.info(`live note ${server}/${id} opened (${live.state})`);
    return s;
  }

  /** Binds an open document to its session: remote operations go into the document from now on. */
  private bind(doc: vscode.TextDocument): void {
    const s = this.sessions.get(doc.uri.toString());
    if (!s || s.mirror) return;
    s.mirror = new DocumentMirror(s.live, {
      text: () => doc.getText(),
      apply: async (replacements) => {
        const edit = new vscode.WorkspaceEdit();
        for (const r of replacements) edit.replace(doc.uri, new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end)), r.text);
        return vscode.workspace.applyEdit(edit);
      },
    }, (err) => this.log.error(`applying a remote edit failed: ${String(err)}`));
    s.live.on('change', (op) => {
      s.mirror!.remote(op);
      this.showCursors(s);
    });
    // The note may have changed between reading the file and binding.
    void s.mirror.flush();
    this.showStatus();
  }

  private onDocumentChange(e: vscode.TextDocumentChangeEvent): void {
    if (e.document.uri.scheme !== SCHEME || e.contentChanges.length === 0) return;
    const s = this.sessions.get(e.document.uri.toString());
    if (!s?.mirror) return;
    try {
      s.mirror.local(e.contentChanges);
    } catch (err) {
      const key = s.uri.toString();
      if (err instanceof HedgeDocError && err.code === 'forbidden') {
        if (!this.warnedReadOnly.has(key)) void vscode.window.showWarningMessage(`SCS Deck: ${err.message} Your change is undone.`);
        this.warnedReadOnly.add(key);
      } else {
        void this.writeBackup(s, e.document.getText()).then((f) => vscode.window.showErrorMessage(`SCS Deck: ${err instanceof Error ? err.message : String(err)} Your text is kept in ${f.fsPath}.`));
        return;
      }
      // The note did not take the change: put the editor back to the note's text.
      void s.mirror.flush();
    }
    this.scheduleBackup(s);
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    const s = this.sessions.get(e.textEditor.document.uri.toString());
    if (!s || s.live.state !== 'connected') return;
    s.live.sendCursor(e.textEditor.document.offsetAt(e.selections[0].active));
  }

  private onSynced(s: Session): void {
    void this.deleteBackup(s);
    clearTimeout(s.saveTimer);
    // The document is dirty after remote edits; once everything is confirmed, saving marks it clean.
    s.saveTimer = setTimeout(() => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === s.uri.toString());
      if (doc?.isDirty && s.mirror?.inSync && !s.live.hasPending) void doc.save();
    }, 500);
  }

  private showStatus(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const s = uri && this.sessions.get(uri.toString());
    if (!s) {
      this.status.hide();
      return;
    }
    const labels: Record<ConnectionState, string> = {
      connecting: '$(sync~spin) HedgeDoc: connecting…',
      connected: '$(cloud) HedgeDoc: connected',
      'read-only': '$(lock) HedgeDoc: read-only',
      reconnecting: '$(sync~spin) HedgeDoc: reconnecting…',
      closed: '$(debug-disconnect) HedgeDoc: disconnected',
    };
    this.status.text = labels[s.live.state];
    this.status.tooltip = `${s.live.client.server}/${s.live.noteId}${s.live.hasPending ? ' (edits not yet confirmed)' : ''}`;
    this.status.command = { title: 'Open in HedgeDoc', command: 'vscode.open', arguments: [vscode.Uri.parse(`${s.live.client.server}/${encodeURIComponent(s.live.noteId)}`)] };
    this.status.show();
  }

  /** Others' cursors: a coloured bar with the user's name. */
  private showCursors(s: Session): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === s.uri.toString());
    const byColor = new Map<string, vscode.DecorationOptions[]>();
    for (const c of s.live.remoteCursors()) {
      if (c.offset === undefined) continue;
      for (const e of editors) {
        const pos = e.document.positionAt(Math.min(c.offset, e.document.getText().length));
        const list = byColor.get(c.color) ?? [];
        list.push({ range: new vscode.Range(pos, pos), hoverMessage: c.name, renderOptions: { after: { contentText: ` ${c.name}` } } });
        byColor.set(c.color, list);
      }
    }
    for (const [color, type] of this.cursorTypes) if (!byColor.has(color)) editors.forEach((e) => e.setDecorations(type, []));
    for (const [color, options] of byColor) editors.forEach((e) => e.setDecorations(this.cursorType(color), options));
  }

  private cursorType(color: string): vscode.TextEditorDecorationType {
    const safe = /^#[0-9a-f]{3,8}$/i.test(color) ? color : '#888888';
    let t = this.cursorTypes.get(safe);
    if (!t) {
      t = vscode.window.createTextEditorDecorationType({
        borderStyle: 'solid',
        borderColor: safe,
        borderWidth: '0 0 0 2px',
        after: { color: safe, fontStyle: 'italic', margin: '0 0 0 2px' },
      });
      this.cursorTypes.set(safe, t);
      this.context.subscriptions.push(t);
    }
    return t;
  }

  /** At most one write a second, also while the user keeps typing (a debounce would wait for a pause). */
  private scheduleBackup(s: Session): void {
    if (s.backupTimer) return;
    s.backupTimer = setTimeout(() => {
      s.backupTimer = undefined;
      if (s.live.hasPending) void this.writeBackup(s);
    }, 1000);
  }

  private backupUri(s: Session, suffix = ''): vscode.Uri {
    const name = `${s.uri.authority.replace(/[^A-Za-z0-9.-]/g, '_')}_${s.live.noteId.replace(/[^A-Za-z0-9_-]/g, '_')}${suffix}.md`;
    return vscode.Uri.joinPath(unsentFolder(this.context), name);
  }

  /** Keeps the local text (with unconfirmed edits) until the server has them. */
  private writeBackup(s: Session, text = s.live.text): Promise<vscode.Uri> {
    const uri = this.backupUri(s);
    return this.inOrder(s, async () => {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
      return uri;
    });
  }

  private deleteBackup(s: Session): Promise<void> {
    return this.inOrder(s, () => Promise.resolve(vscode.workspace.fs.delete(this.backupUri(s))).then(undefined, () => undefined));
  }

  /** Backup writes and deletions run one after another: a write still under way never outlives the ack's deletion. */
  private inOrder<T>(s: Session, task: () => Promise<T>): Promise<T> {
    const next = s.backupQueue.then(task);
    s.backupQueue = next.catch(() => undefined);
    return next;
  }

  /** After a reconnect the server's text won and local edits could not be re-applied: keep them visible. */
  private async keepAside(s: Session, text: string): Promise<void> {
    const uri = this.backupUri(s, `-${new Date().toISOString().replace(/[:.]/g, '-')}`);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    this.log.warn(`edits to ${s.live.noteId} kept aside in ${uri.fsPath}`);
    const pick = await vscode.window.showWarningMessage('SCS Deck: after reconnecting, the note on the server differed from your unconfirmed edits. The server\'s text is shown; your version is kept in a file.', 'Open Your Version');
    if (pick) await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside });
  }

  /**
   * A language change (a note becoming a deck) closes and reopens the document at once: the session ends
   * only when the document stays closed.
   */
  private closed(uri: vscode.Uri): void {
    setTimeout(() => {
      if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) this.closeSession(uri);
    }, 0);
  }

  private closeSession(uri: vscode.Uri): void {
    const s = this.sessions.get(uri.toString());
    if (!s) return;
    if (s.live.hasPending) void this.writeBackup(s);
    clearTimeout(s.backupTimer);
    clearTimeout(s.saveTimer);
    s.live.close();
    s.disposables.forEach((d) => d.dispose());
    this.sessions.delete(uri.toString());
    this.showStatus();
  }

  private serverOf(authority: string): string {
    const known = this.context.globalState.get<Record<string, string>>(SERVERS_KEY, {})[authority];
    if (known) return known;
    const configured = configuredServer();
    return new URL(configured).host === authority ? configured : normalizeServerUrl(`https://${authority}`);
  }

  private async rememberServer(authority: string, server: string): Promise<void> {
    const map = { ...this.context.globalState.get<Record<string, string>>(SERVERS_KEY, {}), [authority]: server };
    await this.context.globalState.update(SERVERS_KEY, map);
  }
}

/** `hedgedoc://<host[:port]>/<id>.md`: the `.md` makes VS Code treat it as Markdown. */
export function noteUri(ref: NoteRef): vscode.Uri {
  return vscode.Uri.from({ scheme: SCHEME, authority: new URL(ref.server).host, path: `/${encodeURIComponent(ref.id)}.md` });
}

export type { RemoteCursor };
