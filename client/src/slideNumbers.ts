import * as vscode from 'vscode';
import { isServedDocument } from './deckDocuments';
import type { ExtensionDeps } from './extension';

const SETTING = 'scsDeck.slideNumbers.decorations';
const UPDATE_DELAY_MS = 150;

/**
 * Shows the number of the slide each separator opens (`3.2`) after the `---`/`----` line, so the author
 * sees the numbering reveal.js will use. Off with `scsDeck.slideNumbers.decorations: false`.
 */
export function registerSlideNumbers(deps: ExtensionDeps): void {
  const type = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), margin: '0 0 0 2em', fontStyle: 'italic' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const pending = new Map<vscode.TextEditor, NodeJS.Timeout>();
  const schedule = (editor: vscode.TextEditor) => {
    clearTimeout(pending.get(editor));
    pending.set(editor, setTimeout(() => {
      pending.delete(editor);
      void decorate(deps, editor, type);
    }, UPDATE_DELAY_MS));
  };
  const all = () => vscode.window.visibleTextEditors.forEach(schedule);
  deps.context.subscriptions.push(
    type,
    { dispose: () => pending.forEach((t) => clearTimeout(t)) },
    vscode.window.onDidChangeVisibleTextEditors(all),
    // Only the slides near the visible lines are decorated: scrolling brings the others.
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => schedule(e.textEditor)),
    deps.decks.onDidChange(all),
    vscode.workspace.onDidChangeTextDocument((e) => vscode.window.visibleTextEditors.filter((ed) => ed.document === e.document).forEach(schedule)),
    // A language change (a deck becoming `scs-deck`) reopens the document in its editors.
    vscode.workspace.onDidOpenTextDocument((doc) => vscode.window.visibleTextEditors.filter((ed) => ed.document === doc).forEach(schedule)),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SETTING) && all()),
  );
  all();
}

/** The visible lines and half a screen above and below them, so a short scroll finds its numbers there. */
function nearVisible(editor: vscode.TextEditor): { start: number; end: number } {
  const ranges = editor.visibleRanges;
  const first = ranges[0]?.start.line ?? 0;
  const last = ranges.at(-1)?.end.line ?? first;
  const margin = Math.ceil((last - first + 1) / 2);
  return { start: Math.max(0, first - margin), end: last + margin };
}

async function decorate(deps: ExtensionDeps, editor: vscode.TextEditor, type: vscode.TextEditorDecorationType): Promise<void> {
  const doc = editor.document;
  const enabled = vscode.workspace.getConfiguration('scsDeck', doc.uri).get<boolean>('slideNumbers.decorations', true);
  if (!isServedDocument(doc) || !enabled || !deps.decks.isDeck(doc)) {
    editor.setDecorations(type, []);
    return;
  }
  const result = await deps.slides.get(doc, { lines: nearVisible(editor) }).catch(() => undefined);
  if (!result || result.version !== doc.version) return;
  const options: vscode.DecorationOptions[] = [];
  for (const s of result.slides) {
    if (s.index === 0 || s.line >= doc.lineCount) continue;
    const end = doc.lineAt(s.line).range.end;
    options.push({
      range: new vscode.Range(end, end),
      hoverMessage: `Slide ${s.label}: ${s.title ?? '(untitled)'}`,
      renderOptions: { after: { contentText: s.label } },
    });
  }
  editor.setDecorations(type, result.isDeck ? options : []);
}
