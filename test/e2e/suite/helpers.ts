/**
 * What every extension test needs: the installed extension, the fixture workspace, and ways to wait on
 * editor events (never fixed sleeps).
 *
 * Example: `const doc = await openInEditor('community-call/20261126.md')`
 */
import * as vscode from 'vscode';

export const EXTENSION_ID = 'scs-community.scs-deck';

/** What `activate` returns. */
export interface DeckApi {
  readonly ready: Promise<void>;
  /** Time spent inside `activate` (ms), measured by the extension itself. */
  readonly activateMs: number;
  /** Activation to a running language server (ms), set once `ready` settled. */
  readonly readyMs?: number;
  /** The "SCS Deck" output channel. */
  readonly output?: vscode.OutputChannel;
  /** Where live HedgeDoc notes keep unconfirmed edits. */
  readonly unsentEditsFolder?: vscode.Uri;
  /** Counts the bytes between the extension and the language server while started. */
  readonly traffic?: {
    start(): void;
    readonly counted: number;
    stop(): { sentBytes: number; receivedBytes: number; messages: readonly { direction: string; method: string; bytes: number }[] };
  };
}

let activation: { api: DeckApi; ms: number } | undefined;

/** Activates the extension once; `ms` is the time spent inside `activate`, as the extension measured it. */
export async function activateExtension(): Promise<{ api: DeckApi; ms: number }> {
  if (activation) return activation;
  const ext = vscode.extensions.getExtension<DeckApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this editor`);
  const t0 = performance.now();
  const api = await ext.activate();
  await api?.ready;
  activation = { api, ms: api?.activateMs ?? performance.now() - t0 };
  return activation;
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs the fixture workspace open (test/e2e/workspace)');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

/** The clean fixture deck most tests type into. */
export const SAMPLE_DECK = 'community-call/20261126.md';

/** Opens a deck and waits until the server has parsed it (its outline is there). */
export async function openDeck(relative = SAMPLE_DECK): Promise<vscode.TextEditor> {
  const editor = await openInEditor(relative);
  await waitFor('the deck outline', async () => (await slideSymbols(editor.document.uri)).length > 0);
  await waitForDeckLanguage(editor.document);
  return editor;
}

/**
 * Waits until a deck has switched to the deck language (unless `scsDeck.deckLanguage` is off): the switch
 * reopens the document for the language server, so tests type only after it.
 */
export async function waitForDeckLanguage(doc: vscode.TextDocument, timeoutMs?: number): Promise<void> {
  if (!vscode.workspace.getConfiguration('scsDeck', doc.uri).get<boolean>('deckLanguage', true)) return;
  const uri = doc.uri.toString();
  const current = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri && !d.isClosed) ?? doc;
  await waitFor(`${doc.uri.path} to get the deck language`, () => current().languageId === 'scs-deck', timeoutMs);
}

/** The 0-based line whose whole text is `text`. */
export function lineOf(doc: vscode.TextDocument, text: string): number {
  const line = doc.getText().split('\n').indexOf(text);
  if (line < 0) throw new Error(`no line "${text}" in ${doc.uri.path}`);
  return line;
}

/** Opens a workspace file in an editor and makes it the active one. */
export async function openInEditor(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
}

/** Polls `probe` until it returns something truthy, or fails with `what` after the deadline. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

/** Our diagnostics on a document (other extensions may add their own). */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'scs-deck');
}

/**
 * Resolves with our diagnostics once `accept` likes them, checked now and on every
 * `onDidChangeDiagnostics` for the document.
 */
export function waitForDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const found = ourDiagnostics(uri);
      if (!accept(found)) return false;
      cleanup();
      resolve(found);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const now = ourDiagnostics(uri).map((d) => `${String(d.code && typeof d.code === 'object' ? d.code.value : d.code)}@${d.range.start.line}`);
      reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics on ${uri.path}; have [${now.join(', ')}]`));
    }, timeoutMs);
    const cleanup = (): void => {
      clearTimeout(timer);
      sub.dispose();
    };
    check();
  });
}

/** The diagnostic's code as a string, whether it came as a plain code or `{ value, target }`. */
export function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' && d.code ? d.code.value : d.code);
}

/** The documentation link a diagnostic carries, if any. */
export function docsLinkOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' && d.code ? d.code.target.toString() : undefined;
}

/** Document symbols from every provider; ours are the ones named with a slide number. */
export async function slideSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const all = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
  return (all ?? []).filter((s) => /^\d+(\.\d+)? /.test(s.name));
}

/** The fixture workspace as committed, inside the extension under test (the run works on a copy). */
function pristine(relative: string): vscode.Uri {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  return vscode.Uri.joinPath(ext.extensionUri, 'test', 'e2e', 'workspace', ...relative.split('/'));
}

async function readText(uri: vscode.Uri): Promise<string> {
  return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
}

/**
 * Puts every fixture back to its committed text (in open documents and on disk) and closes all editors, so
 * each test starts clean whatever the last one typed, saved or left dirty.
 */
export async function closeAllEditors(): Promise<void> {
  for (const relative of ['README.md', 'community-call/20261126.md', 'community-call/20240125.md']) {
    const uri = workspaceUri(relative);
    const original = await readText(pristine(relative));
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc && (doc.isDirty || doc.getText() !== original)) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), original);
      await vscode.workspace.applyEdit(edit);
      await doc.save();
    } else if (!doc && (await readText(uri)) !== original) {
      await vscode.workspace.fs.writeFile(uri, Buffer.from(original, 'utf8'));
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The position of the first occurrence of `needle` in the document. */
export function positionOf(doc: vscode.TextDocument, needle: string, offsetInNeedle = 0): vscode.Position {
  const at = doc.getText().indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in ${doc.uri.path}`);
  return doc.positionAt(at + offsetInNeedle);
}

/** A completion item's label as text (VS Code allows `{ label, description }`). */
export function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Inserts `text` at the start of `line`, returns the position right after it. Revert with `revertActive`. */
export async function insertLine(editor: vscode.TextEditor, line: number, text: string): Promise<vscode.Position> {
  const at = new vscode.Position(line, 0);
  const ok = await editor.edit((b) => b.insert(at, `${text}\n`));
  if (!ok) throw new Error(`could not insert "${text}" at line ${line}`);
  return new vscode.Position(line, text.length);
}

/** Throws away unsaved changes of the active editor. */
export async function revertActive(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

/** Completion items from every provider at a position, as the editor would ask for them. */
export async function completionsAt(uri: vscode.Uri, pos: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, pos, trigger);
  return list?.items ?? [];
}
