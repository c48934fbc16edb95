import { SLIDES_REQUEST, type SlidesParams, type SlidesResult } from '../protocol';
import { slidesFor } from '../core';
import type { ServerContext } from './context';

/** `scsDeck/slides`: the client's view of the slide structure (all slides, or those a query names), from the shared parse. */
export function registerSlidesRequest(ctx: ServerContext): void {
  ctx.connection.onRequest(SLIDES_REQUEST, async (params: SlidesParams): Promise<SlidesResult> => {
    await ctx.atVersion(params.uri, params.version);
    const doc = ctx.documents.get(params.uri);
    const deck = await ctx.deck(params.uri);
    return { version: doc?.version ?? -1, isDeck: !!deck, slides: deck ? slidesFor(deck, params) : [], count: deck?.slides.length ?? 0 };
  });
}
