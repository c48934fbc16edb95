import * as vscode from 'vscode';
import type { SlideSummary } from '../../server/src/protocol';
import { isServedDocument } from './deckDocuments';
import type { ExtensionDeps } from './extension';
import { SlideStore } from './slides';

const UPDATE_DELAY_MS = 80;

/**
 * "Where am I?": the status bar shows the cursor's slide (`3.2 / 29`) in decks; clicking it, or
 * "SCS Deck: Go to Slide…", lists every slide and jumps to the chosen one.
 */
export function registerWhereAmI(deps: ExtensionDeps): void {
  const item = vscode.window.createStatusBarItem('scsDeck.slide', vscode.StatusBarAlignment.Right, 100);
  item.name = 'SCS Deck: Current Slide';
  item.command = 'scsDeck.goToSlide';
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(deps, item), UPDATE_DELAY_MS);
  };
  deps.context.subscriptions.push(
    item,
    { dispose: () => clearTimeout(timer) },
    vscode.commands.registerCommand('scsDeck.goToSlide', () => goToSlide(deps)),
    vscode.window.onDidChangeActiveTextEditor(schedule),
    vscode.window.onDidChangeTextEditorSelection((e) => e.textEditor === vscode.window.activeTextEditor && schedule()),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && schedule()),
    deps.decks.onDidChange(schedule),
  );
  schedule();
}

async function update(deps: ExtensionDeps, item: vscode.StatusBarItem): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  // Only the cursor's slide and the count: the whole list of a big deck is too much for every keystroke.
  const found = isServedDocument(editor?.document) && deps.decks.isDeck(editor.document)
    ? await deps.slides.at(editor.document, editor.selection.active.line).catch(() => undefined)
    : undefined;
  if (editor !== vscode.window.activeTextEditor) return;
  const slide = found?.result.isDeck ? found.slide : undefined;
  if (!editor || !found || !slide) {
    item.hide();
    return;
  }
  const count = found.result.count;
  item.text = `$(preview) ${slide.label} / ${count}`;
  item.tooltip = `Slide ${slide.label} of ${count}: ${slide.title ?? '(untitled)'}\nClick to go to another slide`;
  item.show();
}

interface SlidePick extends vscode.QuickPickItem {
  readonly slide: SlideSummary;
}

async function goToSlide(deps: ExtensionDeps): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const result = editor && (await deps.slides.get(editor.document));
  if (!editor || !result?.isDeck) {
    void vscode.window.showInformationMessage('SCS Deck: Go to Slide works in decks (Markdown with `type: slide`, or under community-call/).');
    return;
  }
  const current = SlideStore.slideAtLine(result.slides, editor.selection.active.line);
  const items: SlidePick[] = result.slides.map((s) => ({
    label: `${s.v > 0 ? '\u2003' : ''}${s.label}`,
    description: s.title ?? '(untitled)',
    detail: undefined,
    slide: s,
  }));
  const pick = vscode.window.createQuickPick<SlidePick>();
  pick.title = `Go to Slide (${result.slides.length} slides)`;
  pick.placeholder = 'Slide number or title';
  pick.matchOnDescription = true;
  pick.items = items;
  pick.activeItems = items.filter((i) => i.slide === current);
  const chosen = await new Promise<SlidePick | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0] ?? pick.activeItems[0]));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  if (chosen) reveal(editor, chosen.slide.contentLine);
}

function reveal(editor: vscode.TextEditor, line: number): void {
  const at = new vscode.Position(Math.min(line, editor.document.lineCount - 1), 0);
  editor.selection = new vscode.Selection(at, at);
  editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  void vscode.window.showTextDocument(editor.document, editor.viewColumn);
}
