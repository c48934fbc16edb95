import * as vscode from 'vscode';
import { SERVED_LANGUAGES } from './deckLanguage/languages';

/**
 * The Markdown documents the language server sees: `markdown` and the deck language `scs-deck`, as files on
 * disk, unsaved new files, virtual workspaces and live HedgeDoc notes (`hedgedoc:`). Others (a deck's old side
 * in a Git diff, output channels) get no diagnostics or preview.
 */
export const DECK_SELECTOR: { language: string; scheme: string }[] = ['file', 'untitled', 'vscode-vfs', 'hedgedoc']
  .flatMap((scheme) => SERVED_LANGUAGES.map((language) => ({ language, scheme })));

/** Whether the server knows `doc`, so asking it about the document's slides makes sense. */
export function isServedDocument(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return !!doc && vscode.languages.match(DECK_SELECTOR, doc) > 0;
}
