import { type ServerCapabilities, TextDocumentSyncKind } from 'vscode-languageserver/node';

/** Everything the server offers; feature modules register the matching handlers. */
export const CAPABILITIES: ServerCapabilities = {
  textDocumentSync: TextDocumentSyncKind.Incremental,
  documentSymbolProvider: { label: 'SCS Deck' },
  foldingRangeProvider: true,
};
