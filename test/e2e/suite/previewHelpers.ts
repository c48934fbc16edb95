/**
 * Opening the deck preview and steering it from the editor, for the preview and latency tests.
 *
 * Example: `const editor = await openDeckWithPreview(); moveCursorTo(editor, '# Team IaaS')`
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openInEditor, slideSymbols, waitFor, waitForDeckLanguage } from './helpers';

export const DECK = 'community-call/20261126.md';
/** Every slide's own <section> carries its index; stacks are plain <section>s around them. */
export const SLIDES = '.reveal .slides section[data-scs-index]';
export const CURRENT = '.reveal .slides section.present[data-scs-index]';

export function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('scsDeck.preview'));
}

export async function openDeckWithPreview(): Promise<vscode.TextEditor> {
  const editor = await openInEditor(DECK);
  await waitFor('the deck outline', async () => (await slideSymbols(editor.document.uri)).length > 0);
  await waitForDeckLanguage(editor.document);
  return openPreviewBeside(editor);
}

/** Opens the preview of the editor's deck beside it and gives the editor the focus back. */
export async function openPreviewBeside(editor: vscode.TextEditor): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand('scsDeck.preview.openToSide');
  await waitFor('a preview panel', () => previewTabs().length > 0);
  // Keep typing into the deck, not into the panel that just took focus.
  return vscode.window.showTextDocument(editor.document, editor.viewColumn);
}

export function moveCursorTo(editor: vscode.TextEditor, lineText: string): void {
  const line = editor.document.getText().split('\n').indexOf(lineText);
  assert.ok(line >= 0, `"${lineText}" is in the deck; lines: ${editor.document.getText().split('\n').filter((l) => l.startsWith('- ')).join(' / ')}; dirty: ${editor.document.isDirty}`);
  const pos = new vscode.Position(line, 0);
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos));
}
