import { documentSymbols, foldingRanges } from '../core';
import type { DocumentSymbolParams, FoldingRangeParams } from 'vscode-languageserver/node';
import type { ServerContext } from './context';
import { guarded } from './guard';

/** Document symbols and folding: both straight from the shared parse. */
export function registerOutline(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol(guarded(ctx, 'document symbols', [], async (params: DocumentSymbolParams) => {
    const deck = await ctx.deck(params.textDocument.uri);
    return deck ? documentSymbols(deck) : [];
  }));
  ctx.connection.onFoldingRanges(guarded(ctx, 'folding', [], async (params: FoldingRangeParams) => {
    const deck = await ctx.deck(params.textDocument.uri);
    return deck ? foldingRanges(deck) : [];
  }));
}
