/**
 * Messages between the extension and the preview webview. Imported by both sides (the webview script
 * is bundled from `media/src`), so the shapes cannot drift. Pure types and guards, no `vscode`.
 */
import type { DeckFrame, FrameChange, PreviewSlideReport, RenderedSlideDto } from '../../../server/src/protocol';

/** Who caused a slide move: sync answers only moves that the other side did not cause itself. */
export type Origin = 'editor' | 'preview';

export interface SlidePosition {
  readonly h: number;
  readonly v: number;
  /** Fragment index (-1 or absent: before the first fragment). */
  readonly f?: number;
}

/** Extension → webview. */
export type ToWebview =
  /** Sent when the webview says `ready`: which deck it shows, and the extension's view of its state. */
  | { readonly type: 'init'; readonly state: PreviewState }
  /**
   * A new deck frame plus the slides the webview lacks (by hash): the whole `frame`, or the `change` to the frame of
   * render `base` (the webview asks for everything again when it does not hold that one). `seq` names this frame.
   * Drop it if `version` is older than shown.
   */
  | { readonly type: 'render'; readonly version: number; readonly seq: number; readonly frame?: DeckFrame; readonly base?: number; readonly change?: FrameChange; readonly slides: RenderedSlideDto[]; readonly timing?: RenderTiming }
  /** Show this slide (the cursor moved onto it in the editor). */
  | { readonly type: 'goto'; readonly position: SlidePosition; readonly origin: Origin }
  /** The slide under the editor cursor, outlined in reveal's overview. */
  | { readonly type: 'cursor'; readonly position: SlidePosition }
  | { readonly type: 'lock'; readonly locked: boolean }
  /** Presenting: take keyboard focus; `notes` opens the notes panel too. */
  | { readonly type: 'present'; readonly notes: boolean }
  /** Presenting ended: hide the "Stop presenting" button. */
  | { readonly type: 'presentEnded' }
  | { readonly type: 'notes'; readonly show?: boolean }
  /** Nothing to show (not a deck, closed document). */
  | { readonly type: 'message'; readonly text: string };

/** Where the time of one update went (ms), kept on the webview's body for measurements. */
export interface RenderTiming {
  /** From the first edit since the last render to the request (debounce and queueing). */
  readonly waited: number;
  /** The `scsDeck/render` round trip. */
  readonly request: number;
  /** Wall-clock times (ms since epoch): the first edit this render shows, and when the message was posted. */
  readonly changedAt?: number;
  readonly postedAt?: number;
}

/** Webview → extension. */
export type FromWebview =
  /** The script started (first load, or the panel became visible again): send everything. */
  | { readonly type: 'ready' }
  /** reveal.js moved; `origin` is `editor` when the move answered a `goto`. */
  | { readonly type: 'slide'; readonly position: SlidePosition; readonly origin: Origin }
  | { readonly type: 'toggleLock' }
  /** The "Stop presenting" button: restore the layout Present changed. */
  | { readonly type: 'stopPresenting' }
  /** Render applied, with how long patching took (ms), for measurements. */
  | { readonly type: 'rendered'; readonly version: number; readonly patched: number; readonly ms: number }
  /** What the webview measured of the slides it laid out for `version` (see `media/src/slideMeasure.ts`). */
  | { readonly type: 'measured'; readonly version: number; readonly slides: readonly PreviewSlideReport[] };

/** What the webview keeps with `vscode.setState`, and the panel serializer gets back after a reload. */
export interface PreviewState {
  readonly uri: string;
  readonly position?: SlidePosition;
  readonly locked?: boolean;
  readonly notes?: boolean;
  /** Present mode is on: the webview shows its "Stop presenting" button, also after it restarts. */
  readonly presenting?: boolean;
}

/** Narrowing for messages that arrive as `unknown` from the other side. */
export function isFromWebview(msg: unknown): msg is FromWebview {
  if (!msg || typeof msg !== 'object') return false;
  const m = msg as { type?: unknown; position?: unknown };
  switch (m.type) {
    case 'ready':
    case 'toggleLock':
    case 'stopPresenting':
    case 'rendered':
      return true;
    case 'slide':
      return isPosition(m.position);
    case 'measured':
      return Number.isInteger((msg as { version?: unknown }).version) && Array.isArray((msg as { slides?: unknown }).slides);
    default:
      return false;
  }
}

export function isPosition(p: unknown): p is SlidePosition {
  if (!p || typeof p !== 'object') return false;
  const { h, v } = p as { h?: unknown; v?: unknown };
  return Number.isInteger(h) && Number.isInteger(v) && (h as number) >= 0 && (v as number) >= 0;
}

export function isPreviewState(s: unknown): s is PreviewState {
  return !!s && typeof s === 'object' && typeof (s as { uri?: unknown }).uri === 'string';
}
