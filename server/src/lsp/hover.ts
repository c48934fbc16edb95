import { hoverAt } from '../core/features/hover';
import type { HoverParams } from 'vscode-languageserver/node';
import type { ServerContext } from './context';
import { guarded } from './guard';

/** Hover in decks: front matter, emoji, attribute comments, separators. */
export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(guarded(ctx, 'hover', null, async (params: HoverParams) => {
    const deck = await ctx.deck(params.textDocument.uri);
    return deck ? hoverAt(deck, deck.lines.offsetAt(params.position)) ?? null : null;
  }));
}
