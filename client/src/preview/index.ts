/**
 * The preview feature: commands, the `scsDeck.isDeck` context key (editor-title button and keybindings
 * show on decks only), presenting, and the panel manager.
 */
import * as vscode from 'vscode';
import type { ExtensionDeps } from '../extension';
import { registerExportCommands } from './exportCommands';
import { PreviewManager } from './manager';
import { Presenting } from './presenting';

export const IS_DECK_CONTEXT = 'scsDeck.isDeck';

export function registerPreview(deps: ExtensionDeps): PreviewManager {
  const presenting = new Presenting();
  const manager = new PreviewManager(deps, () => void presenting.stop());
  const { subscriptions } = deps.context;
  const withDeck = (fn: (doc: vscode.TextDocument) => unknown) => async (uri?: unknown) => {
    const doc = await deckDocument(deps, uri);
    if (doc) await fn(doc);
  };
  const current = () => {
    const doc = vscode.window.activeTextEditor?.document;
    return (doc && manager.get(doc.uri)) ?? activePreview(manager);
  };
  subscriptions.push(
    presenting,
    manager,
    vscode.commands.registerCommand('scsDeck.preview.openToSide', withDeck((doc) => manager.show(doc, vscode.ViewColumn.Beside))),
    vscode.commands.registerCommand('scsDeck.preview.open', withDeck((doc) => manager.show(doc, vscode.ViewColumn.Active, false))),
    vscode.commands.registerCommand('scsDeck.preview.showCurrentSlide', withDeck(async (doc) => {
      await manager.showCursorSlide(manager.show(doc, vscode.ViewColumn.Beside), true);
    })),
    vscode.commands.registerCommand('scsDeck.preview.toggleLock', () => {
      const p = current();
      p?.setLocked(!p.sync.options.locked);
    }),
    vscode.commands.registerCommand('scsDeck.preview.toggleNotes', () => current()?.post({ type: 'notes' })),
    vscode.commands.registerCommand('scsDeck.present', withDeck((doc) => present(manager, presenting, doc))),
    // The deck state comes from the server when it changes: nothing to do on a keystroke.
    vscode.window.onDidChangeActiveTextEditor(() => void updateContext(deps)),
    deps.decks.onDidChange(() => void updateContext(deps)),
  );
  registerExportCommands(deps, (arg) => deckDocument(deps, arg));
  void updateContext(deps);
  return manager;
}

/** The deck a command is about: the argument (explorer/title menus), else the active editor's document. */
async function deckDocument(deps: ExtensionDeps, arg: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage('Open an SCS deck (a Markdown file) first.');
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  // Only documents the language server is given can be decks (not, say, a deck's old side in a diff).
  if (!(await deps.decks.whenKnown(doc))) {
    void vscode.window.showInformationMessage(`${uri.path.split('/').pop()} is not an SCS deck: add \`type: slide\` to its front matter, or match \`scsDeck.decks.include\`.`);
    return undefined;
  }
  return doc;
}

function activePreview(manager: PreviewManager) {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  const input = tab?.input;
  if (!(input instanceof vscode.TabInputWebview)) return undefined;
  for (const doc of vscode.workspace.textDocuments) {
    const p = manager.get(doc.uri);
    if (p?.panel.active) return p;
  }
  return undefined;
}

/** Full-size preview: its own editor group, maximised with the sidebar hidden, keyboard focus in the slides. */
async function present(manager: PreviewManager, presenting: Presenting, doc: vscode.TextDocument): Promise<void> {
  const preview = manager.show(doc, vscode.ViewColumn.Beside, false);
  const editorColumn = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn;
  if (preview.panel.viewColumn !== undefined && preview.panel.viewColumn === editorColumn) {
    await vscode.commands.executeCommand('workbench.action.moveEditorToRightGroup');
  }
  preview.panel.reveal(undefined, false);
  await presenting.start(preview);
}

let contextValue: boolean | undefined;

async function updateContext(deps: ExtensionDeps): Promise<void> {
  const isDeck = deps.decks.isDeck(vscode.window.activeTextEditor?.document);
  if (isDeck === contextValue) return;
  contextValue = isDeck;
  await vscode.commands.executeCommand('setContext', IS_DECK_CONTEXT, isDeck);
}
