/**
 * The 10,000-slide deck of the benches, for measuring keystrokes in the real editor: written into the run's
 * workspace copy on first use, with one template placeholder in the middle for the diagnostics to move.
 *
 * Example: `const editor = await openBigDeck()`
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { syntheticDeck } from '../../syntheticDeck';
import { after, afterEach, before } from 'mocha';
import { activateExtension, closeAllEditors, openInEditor, slideSymbols, waitFor, waitForDeckLanguage, workspaceUri } from './helpers';

export const BIG_DECK = 'community-call/synthetic-10k.md';
/** The slide the tests type into, half-way down. */
export const BIG_DECK_TITLE = '## Team 2 - Topic 5000';
export const BIG_DECK_PLACEHOLDER = 'Presented by @todo';

function bigDeckText(): string {
  const text = syntheticDeck(10_000);
  const at = text.indexOf(BIG_DECK_TITLE);
  return `${text.slice(0, at)}${BIG_DECK_TITLE}\n\n${BIG_DECK_PLACEHOLDER}\n${text.slice(at + BIG_DECK_TITLE.length)}`;
}

/** Opens the 10,000-slide deck and waits until the server has parsed it. */
export async function openBigDeck(): Promise<vscode.TextEditor> {
  const uri = workspaceUri(BIG_DECK);
  await restoreBigDeck();
  const editor = await openInEditor(BIG_DECK);
  await waitFor('the outline of the 10,000-slide deck', async () => (await slideSymbols(editor.document.uri)).length > 0, 60_000);
  await waitForDeckLanguage(editor.document, 60_000);
  // The switch reopens the document: type into the editor that shows it now.
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false, viewColumn: vscode.ViewColumn.One });
}

/** Throws away what a test typed into the deck. */
export async function revertBigDeck(): Promise<void> {
  await restoreBigDeck();
}

/**
 * Puts the deck's original text back, in the open document and on disk: whatever a test typed, and even if
 * something saved it, the next test finds the lines it types into.
 */
async function restoreBigDeck(): Promise<void> {
  const uri = workspaceUri(BIG_DECK);
  const original = bigDeckText();
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
  if (doc && (doc.isDirty || doc.getText() !== original)) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), original);
    await vscode.workspace.applyEdit(edit);
    await doc.save();
  } else if (!doc && (!fs.existsSync(uri.fsPath) || fs.readFileSync(uri.fsPath, 'utf8') !== original)) {
    fs.writeFileSync(uri.fsPath, original);
  }
}

/**
 * The hooks of a suite that types into the 10,000-slide deck: the extension (and VS Code's own Markdown
 * extension, whose start-up must not be timed as ours) started first, the deck put back after each test.
 */
export function bigDeckSuiteHooks(): void {
  const files = () => vscode.workspace.getConfiguration('files');
  let autoSave: string | undefined;
  before(async () => {
    await activateExtension();
    await vscode.extensions.getExtension('vscode.markdown-language-features')?.activate();
    // Desktop VS Code does not save by itself; VS Code in a browser (these tests) saves a second after each
    // pause, and each save of this deck makes VS Code's own Markdown extension read and parse all of it again
    // (seconds of CPU in the extension host, in the middle of the keystrokes being timed).
    autoSave = files().inspect<string>('autoSave')?.globalValue;
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await files().update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
  });
  afterEach(async function () {
    // Reverting the 10,000-slide deck waits for the editor and the server to catch up with it.
    this.timeout(180_000);
    await revertBigDeck();
    await closeAllEditors();
  });
}
