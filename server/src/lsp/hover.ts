import { hoverAt } from '../core/features/hover';
import type { ServerContext } from './context';

/** Hover in decks: front matter, emoji, attribute comments, separators. */
export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(async (params) => {
    const deck = await ctx.deck(params.textDocument.uri);
    return deck ? hoverAt(deck, deck.lines.offsetAt(params.position)) ?? null : null;
  });
}
