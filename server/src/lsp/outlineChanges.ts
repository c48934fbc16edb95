import { documentSymbols, foldingRanges } from '../core';
import type { Deck } from '../core';
import { FOLDING_REQUEST, type OutlineParams, type OutlineResult, SYMBOLS_REQUEST } from '../protocol';
import type { ServerContext } from './context';
import { guarded } from './guard';
import { listChange, sameFolding, type SameShifted, sameSymbol } from './listChange';

/** The list last sent for a document, and its line count then (to tell how far the tail moved). */
interface Sent<T> {
  readonly seq: number;
  readonly items: readonly T[];
  readonly lineCount: number;
}

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
  const sent = new Map<string, Sent<T>>();
  ctx.documents.onDidClose((e) => sent.delete(e.document.uri));
  ctx.trackDocumentState(name, () => sent.size);
  ctx.connection.onRequest(method, guarded(ctx, name, { seq: -1, items: [] }, async (params: OutlineParams): Promise<OutlineResult<T>> => {
    await ctx.atVersion(params.uri, params.version);
    const doc = ctx.documents.get(params.uri);
    const deck = await ctx.deck(params.uri);
    const items = deck ? list(deck) : [];
    if (!doc || !ctx.isOpen(doc)) return { seq: -1, items };
    const last = sent.get(params.uri);
    const now: Sent<T> = { seq: ++seq, items, lineCount: doc.lineCount };
    sent.set(params.uri, now);
    if (!last || last.seq !== params.base) return { seq: now.seq, items };
    return { seq: now.seq, change: listChange(last.items, items, same, doc.lineCount - last.lineCount) };
  }));
}
