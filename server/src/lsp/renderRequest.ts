/**
 * `scsDeck/render`: the preview's slides, rendered on the server.
 *
 * Rendering runs here, not in the extension or the webview, because the server already parses every open
 * document once per version (`ctx.deck`): the preview reuses that parse, so its slide numbers are the
 * outline's and the diagnostics'. The client says which slide hashes its webview holds and gets the deck
 * frame plus only the other slides, so one keystroke sends one slide. A preview that names itself need not
 * say that again: the server remembers the frame it last sent there, takes its hashes as known when the client
 * names that reply as its base, and sends the frame as a change to it (a keystroke in a 10,000-slide deck moves
 * one hash, not all). Local images come back as `scs-deck-file:` URLs that the client maps to webview URIs.
 */
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { RenderCache, renderDeck, type RenderedDeck, type RenderedSlide } from '../core/render';
import { RENDER_REQUEST, type DeckFrame, type RenderParams, type RenderResult } from '../protocol';
import { frameChange, sentFrame, splice } from '../frameChange';
import type { ServerContext } from './context';
import type { DocumentState, RenderState } from './documentState';
import { previewUrlResolver } from './previewUrls';

/** Previews of one document remembered at most (a webview restart makes a new one). */
const PREVIEWS_PER_DOCUMENT = 4;

export function registerRenderRequest(ctx: ServerContext): void {
  let seq = 0;
  ctx.connection.onRequest(RENDER_REQUEST, async (params: RenderParams): Promise<RenderResult> => {
    await ctx.atVersion(params.uri, params.version);
    const doc = ctx.documents.get(params.uri);
    const deck = await ctx.deck(params.uri);
    if (!doc || !deck) return { version: doc?.version ?? -1, isDeck: false, slides: [] };
    const state = renderState(doc, params);
    const rendered = renderDeck(deck, state.options, state.cache);
    if (params.preview === undefined) return { version: doc.version, isDeck: true, ...splitKnown(rendered, params.known ?? []) };
    // Closed while rendering: remembering it now would keep the frame after the close.
    if (!ctx.isOpen(doc)) return { version: doc.version, isDeck: false, slides: [] };
    // Per preview: the frame last sent there (on the document's state, so it goes when the document closes).
    const previews = doc.previewFrames;
    const last = previews.get(params.preview);
    const base = last && last.seq === params.base ? last : undefined;
    const { frame, slides } = splitKnown(rendered, base ? base.hashes : params.known ?? []);
    const now = sentFrame(++seq, frame);
    previews.delete(params.preview);
    previews.set(params.preview, now);
    if (previews.size > PREVIEWS_PER_DOCUMENT) previews.delete(previews.keys().next().value!);
    return { version: doc.version, isDeck: true, seq: now.seq, slides, ...(base ? { frameChange: frameChange(base, frame) } : { frame }) };
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

/** The frame and the slides whose hash the preview lacks (each distinct hash once; see the comment inside). */
export function splitKnown(rendered: RenderedDeck, known: readonly string[]): { frame: DeckFrame; slides: RenderedSlide[] } {
  const hashes = rendered.slides.map((s) => s.hash);
  // A keystroke keeps the slides before and after the edit where they were (the splice's common head and tail):
  // those are known without a set of every hash. The ones between are looked up among the known ones between; one
  // the client holds elsewhere is sent again, which costs bytes, not correctness.
  const { start, deleteCount, insert } = splice(known, hashes);
  const have = new Set(known.slice(start, start + deleteCount));
  const slides: RenderedSlide[] = [];
  insert.forEach((hash, k) => {
    if (have.has(hash)) return;
    have.add(hash);
    slides.push(rendered.slides[start + k]);
  });
  const frame: DeckFrame = {
    hashes,
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
