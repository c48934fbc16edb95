/**
 * `scsDeck/render`: the preview's slides, rendered on the server.
 *
 * Rendering runs here, not in the extension or the webview, because the server already parses every open
 * document once per version (`ctx.deck`): the preview reuses that parse, so its slide numbers are the
 * outline's and the diagnostics'. The client says which slide hashes its webview holds and gets the deck
 * frame plus only the other slides, so one keystroke sends one slide. Local images come back as
 * `scs-deck-file:` URLs that the client maps to webview URIs.
 */
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { RenderCache, renderDeck, type RenderedDeck, type RenderedSlide } from '../core/render';
import { RENDER_REQUEST, type DeckFrame, type RenderParams, type RenderResult } from '../protocol';
import type { ServerContext } from './context';
import type { DocumentState, RenderState } from './documentState';
import { previewUrlResolver } from './previewUrls';

export function registerRenderRequest(ctx: ServerContext): void {
  ctx.connection.onRequest(RENDER_REQUEST, async (params: RenderParams): Promise<RenderResult> => {
    await ctx.atVersion(params.uri, params.version);
    const doc = ctx.documents.get(params.uri);
    const deck = await ctx.deck(params.uri);
    if (!doc || !deck) return { version: doc?.version ?? -1, isDeck: false, slides: [] };
    const state = renderState(doc, params);
    const rendered = renderDeck(deck, state.options, state.cache);
    return { version: doc.version, isDeck: true, ...splitKnown(rendered, params.known) };
  });
}

/** Rendered slides kept on the document's state, dropped with it or when the preview's options change. */
function renderState(doc: DocumentState, params: RenderParams): RenderState {
  const key = JSON.stringify([params.emojiBase, params.uploadsFolder ?? '', params.workspaceFolder ?? '']);
  const hit = doc.render;
  if (hit && hit.key === key) return hit;
  const dir = deckDir(params.uri);
  const folders = { deckDir: dir ?? '', workspaceDir: params.workspaceFolder, uploadDirs: params.uploadsFolder ? [params.uploadsFolder] : [] };
  const resolveUrl = dir ? previewUrlResolver(folders, params.emojiBase) : undefined;
  const state = { key, options: { emojiBase: params.emojiBase, resolveUrl }, cache: new RenderCache() };
  doc.render = state;
  return state;
}

/** The frame and the slides whose hash the preview lacks (each distinct hash once). */
export function splitKnown(rendered: RenderedDeck, known: readonly string[]): Pick<RenderResult, 'frame' | 'slides'> {
  const have = new Set(known);
  const slides: RenderedSlide[] = [];
  for (const s of rendered.slides) {
    if (have.has(s.hash)) continue;
    have.add(s.hash);
    slides.push(s);
  }
  const frame: DeckFrame = {
    hashes: rendered.slides.map((s) => s.hash),
    columns: rendered.columns,
    revealOptions: rendered.revealOptions,
    theme: rendered.theme,
    lang: rendered.lang,
    rtl: rendered.rtl,
    parallax: rendered.parallax,
    styles: rendered.styles,
    title: rendered.title,
  };
  return { frame, slides };
}

/** Only `file:` decks have a folder whose images the preview may show. */
function deckDir(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? path.dirname(parsed.fsPath) : undefined;
  } catch {
    return undefined;
  }
}
