import { documentSymbols, foldingRanges } from '../core';
import type { Deck } from '../core';
import { FOLDING_REQUEST, type OutlineParams, type OutlineResult, SYMBOLS_REQUEST } from '../protocol';
import type { ServerContext } from './context';
import type { SentList } from './documentState';
import { guarded } from './guard';
import { listChange, sameFolding, type SameShifted, sameSymbol } from './listChange';


/**
 * `scsDeck/symbols` and `scsDeck/folding`: the outline and folding ranges as changes to the last reply for the
 * document, so VS Code's request after every keystroke moves the slide that changed, not the whole deck.
 */
export function registerOutlineChanges(ctx: ServerContext): void {
  serveChanges(ctx, SYMBOLS_REQUEST, 'symbol replies', documentSymbols, sameSymbol);
  serveChanges(ctx, FOLDING_REQUEST, 'folding replies', foldingRanges, sameFolding);
}

let seq = 0;

function serveChanges<T>(ctx: ServerContext, method: string, name: string, list: (deck: Deck) => T[], same: SameShifted<T>): void {
  ctx.connection.onRequest(method, guarded(ctx, name, { seq: -1, items: [] }, async (params: OutlineParams): Promise<OutlineResult<T>> => {
    await ctx.atVersion(params.uri, params.version);
    const doc = ctx.documents.get(params.uri);
    const deck = await ctx.deck(params.uri);
    const items = deck ? list(deck) : [];
    if (!doc || !ctx.isOpen(doc)) return { seq: -1, items };
    const lineCount = doc.document.lineCount;
    const last = doc.outlineReplies.get(method) as SentList<T> | undefined;
    const now: SentList<T> = { seq: ++seq, items, lineCount };
    doc.outlineReplies.set(method, now);
    if (!last || last.seq !== params.base) return { seq: now.seq, items };
    return { seq: now.seq, change: listChange(last.items, items, same, lineCount - last.lineCount) };
  }));
}
