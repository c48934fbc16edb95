import { type ServerCapabilities, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { CODE_ACTION_KINDS } from './codeActions';
import { COMPLETION_TRIGGERS } from './completion';

/** Everything the server offers; feature modules register the matching handlers. */
export const CAPABILITIES: ServerCapabilities = {
  textDocumentSync: TextDocumentSyncKind.Incremental,
  documentSymbolProvider: { label: 'SCS Deck' },
  foldingRangeProvider: true,
  completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
  hoverProvider: true,
  codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
};
