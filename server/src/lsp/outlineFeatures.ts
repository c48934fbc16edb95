import { documentSymbols, foldingRanges } from '../core';
import type { ServerContext } from './context';

/** Document symbols and folding: both straight from the shared parse. */
export function registerOutline(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol(async (params) => {
    const deck = await ctx.deck(params.textDocument.uri);
    return deck ? documentSymbols(deck) : [];
  });
  ctx.connection.onFoldingRanges(async (params) => {
    const deck = await ctx.deck(params.textDocument.uri);
    return deck ? foldingRanges(deck) : [];
  });
}
