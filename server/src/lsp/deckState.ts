import { DECK_STATE_NOTIFICATION, type DeckStateParams } from '../protocol';
import { type ServerContext, unanalysable } from './context';

/**
 * Tells the client whether each open document is a deck (`scsDeck/deckState`): when it opens, and again only
 * when the answer changes, so the client's "is this a deck" state costs no request per keystroke. A deck the
 * server does not analyse (too large, binary) counts as none, as for every other feature.
 */
export function registerDeckState(ctx: ServerContext): { refreshAll(): void } {
  const check = async (uri: string) => {
    const doc = ctx.documents.get(uri);
    if (!doc) return;
    const settings = await ctx.settings.get(uri);
    // Closed or changed while the settings came: the later event checks again.
    if (!ctx.isOpen(doc) || doc.version !== ctx.documents.get(uri)?.version) return;
    const isDeck = ctx.isDeckDocument(doc, settings) && !unanalysable(doc, settings);
    if (doc.toldIsDeck === isDeck) return;
    doc.toldIsDeck = isDeck;
    const params: DeckStateParams = { uri, isDeck };
    void ctx.connection.sendNotification(DECK_STATE_NOTIFICATION, params);
  };
  const failed = (err: unknown) => ctx.connection.console.error(`deck state failed: ${String(err)}`);

  ctx.documents.onDidChangeContent((e) => void check(e.document.uri).catch(failed));
  return { refreshAll: () => ctx.documents.all().forEach((d) => void check(d.uri).catch(failed)) };
}
