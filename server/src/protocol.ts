/**
 * Custom requests between the extension client and the language server. Pure types and method names,
 * shared by both sides so they cannot drift apart.
 */

/** One slide as the client needs it for the status bar, "Go to Slide…", decorations and preview sync. */
export interface SlideSummary {
  readonly index: number;
  readonly h: number;
  readonly v: number;
  readonly label: string;
  readonly title: string | null;
  /** 0-based line of the opening separator, or of the first body line for the first slide. */
  readonly line: number;
  /** 0-based first and last line of the slide's span. */
  readonly startLine: number;
  readonly endLine: number;
  /** 0-based line of the first content line (what "reveal slide in editor" jumps to). */
  readonly contentLine: number;
  readonly hash: string;
}

/** A document and, optionally, the version the client holds: the server answers for that version or newer. */
export interface DocumentVersionParams {
  readonly uri: string;
  readonly version?: number;
}

/** Which slides `scsDeck/slides` answers with: a keystroke in a 10,000-slide deck must not fetch every slide. */
export interface SlideQuery {
  /** Only the slides whose span meets these 0-based lines (both included). */
  readonly lines?: { readonly start: number; readonly end: number };
  /** Only the slide at this reveal.js position. */
  readonly position?: { readonly h: number; readonly v: number };
}

/** Without `lines` or `position`: every slide. */
export interface SlidesParams extends DocumentVersionParams, SlideQuery {}

export interface SlidesResult {
  /** Document version the summary was computed for. */
  readonly version: number;
  readonly isDeck: boolean;
  /** The slides asked for, in document order. */
  readonly slides: SlideSummary[];
  /** How many slides the whole deck has. */
  readonly count: number;
}

/** `scsDeck/slides`: the slide structure of an open document (empty and `isDeck: false` for other Markdown). */
export const SLIDES_REQUEST = 'scsDeck/slides';

export interface DeckStateParams {
  readonly uri: string;
  /** A deck the server analyses: diagnostics, outline, preview. */
  readonly isDeck: boolean;
}

/**
 * `scsDeck/deckState` (server → client): whether an open document is a deck, sent when it opens and again only
 * when that changes (front matter edited, settings changed), so the client never asks on a keystroke.
 */
export const DECK_STATE_NOTIFICATION = 'scsDeck/deckState';

/**
 * Local files in rendered HTML are written as `scs-deck-file:<percent-encoded absolute path>`; the
 * client turns each into a webview URI (the server cannot know the webview's origin).
 * @example 'scs-deck-file:/home/me/minutes/community-call/a1b2.png'
 */
export const LOCAL_FILE_SCHEME = 'scs-deck-file:';

/**
 * A list given as a change to the one the same document's last reply gave: replace `deleteCount` items at
 * `start` by `insert`, and move the line numbers of every item after them by `shift` (a line typed or joined).
 */
export interface ListChange<T> extends Splice<T> {
  readonly shift: number;
}

export interface OutlineParams extends DocumentVersionParams {
  /** The `seq` of the last reply for this document the client holds. */
  readonly base?: number;
}

/** The whole list (`items`), or, when the request's `base` is the server's last reply, the change to it. */
export interface OutlineResult<T> {
  readonly seq: number;
  readonly items?: T[];
  readonly change?: ListChange<T>;
}

/**
 * `scsDeck/symbols` and `scsDeck/folding`: `textDocument/documentSymbol` and `textDocument/foldingRange` as
 * changes, because VS Code asks for both after every keystroke and a 10,000-slide deck's lists are megabytes.
 * Items are LSP `DocumentSymbol`s and `FoldingRange`s; other editors keep the standard requests.
 */
export const SYMBOLS_REQUEST = 'scsDeck/symbols';
export const FOLDING_REQUEST = 'scsDeck/folding';

export interface RenderParams extends DocumentVersionParams {
  /**
   * Names one preview (any string unique to it): the server then remembers the frame it last sent there and
   * answers with `seq`, and the next request can name that reply as its `base`.
   */
  readonly preview?: string;
  /** The `seq` of the reply the preview applied last: the server takes its hashes as known and sends a `frameChange`. */
  readonly base?: number;
  /** Hashes of the slides the preview already holds (their HTML is not sent again); only without a `base`. */
  readonly known?: readonly string[];
  /** Base URL of the emoji images as the preview loads them (`<base>/<name>.webp`). */
  readonly emojiBase: string;
  /** Absolute folder holding copies of HedgeDoc uploads (`scsDeck.preview.uploadsFolder`), if any. */
  readonly uploadsFolder?: string;
  /** The deck's workspace folder, if any: images may come from anywhere inside it. */
  readonly workspaceFolder?: string;
}

/** One rendered slide, as `RenderedSlide` of the render core. */
export interface RenderedSlideDto {
  readonly index: number;
  readonly h: number;
  readonly v: number;
  readonly hash: string;
  readonly html: string;
  readonly attributes: Record<string, string>;
  readonly notes?: string;
}

/** Everything about the deck except the slide HTML: cheap to send on every update. */
export interface DeckFrame {
  /** Render hash of each slide, in document order. */
  readonly hashes: string[];
  /** Slide indices per reveal.js column. */
  readonly columns: number[][];
  readonly revealOptions: Record<string, unknown>;
  readonly theme: string;
  readonly lang?: string;
  readonly rtl: boolean;
  readonly parallax?: { readonly image: string; readonly size?: string };
  readonly styles: string[];
  readonly title: string;
}

/** Replace `deleteCount` items at `start` by `insert`. */
export interface Splice<T> {
  readonly start: number;
  readonly deleteCount: number;
  readonly insert: T[];
}

/** The frame fields besides the per-slide lists. */
export type FrameRest = Omit<DeckFrame, 'hashes' | 'columns'>;

/** How a frame differs from the one of the `base` reply: a keystroke changes one hash, not ten thousand. */
export interface FrameChange {
  readonly hashes: Splice<string>;
  /** Slides per reveal.js column (the columns hold consecutive slide indices). */
  readonly columnSizes: Splice<number>;
  /** Only when one of these fields changed. */
  readonly rest?: FrameRest;
}

export interface RenderResult {
  /** Document version that was rendered (-1 when the document is not open on the server). */
  readonly version: number;
  readonly isDeck: boolean;
  /** The whole frame, when the request named no `base` the server still remembered. */
  readonly frame?: DeckFrame;
  /** Otherwise the frame as a change to the base reply's frame. */
  readonly frameChange?: FrameChange;
  /** Names this reply, for a later request's `base` (only when the request named a `preview`). */
  readonly seq?: number;
  /** Only the slides whose hash was not known. */
  readonly slides: RenderedSlideDto[];
}

/** `scsDeck/render`: the deck frame plus the slides the preview lacks, from the server's one parse. */
export const RENDER_REQUEST = 'scsDeck/render';

export interface WorkspaceTrustParams {
  readonly trusted: boolean;
}

/**
 * `scsDeck/workspaceTrust` (client → server): whether the workspace is trusted. Until told otherwise the
 * server trusts it (other editors have no such notion); in an untrusted workspace it does not read the
 * workspace's community-call template.
 */
export const WORKSPACE_TRUST_NOTIFICATION = 'scsDeck/workspaceTrust';

export interface ExportParams extends DocumentVersionParams {
  readonly format: 'html' | 'pdf';
  /** The file to write; without it (a target outside the file system) the HTML comes back in `html`. */
  readonly target?: string;
  /** `scsDeck.export.browserPath` (empty: look in the usual places). PDF only. */
  readonly browserPath?: string;
  /** `scsDeck.export.allowRemote`. */
  readonly allowRemote: boolean;
  readonly uploadsFolder?: string;
  readonly workspaceFolder?: string;
}

export interface ExportResult {
  readonly slides: number;
  /** Images without a local copy: left out, or loaded over https with `allowRemote`. */
  readonly remoteImages: number;
  /** Local files the deck names that were not inlined, and why. */
  readonly refused: readonly { readonly url: string; readonly reason: string }[];
  /** The file's text, when no `target` was given. */
  readonly html?: string;
}

/**
 * `scsDeck/export`: the deck as one self-contained HTML file or a PDF, rendered and written by the server from
 * the document it holds (unsaved edits included), so the extension itself renders nothing.
 */
export const EXPORT_REQUEST = 'scsDeck/export';

/** The `data` of an `scsDeck/export` error when no browser was found for PDF export. */
export const NO_BROWSER = 'no-browser';

export interface CallDateParams {
  /** The date the author typed; none: suggest one. */
  readonly value?: string;
  /** Files already in the target folder: a suggested date skips decks that exist. */
  readonly taken: readonly string[];
  /** The author's today (`YYYY-MM-DD`, local time). */
  readonly today: string;
}

export interface CallDateResult {
  readonly date: string;
  readonly fileName: string;
  /** Set when the date cannot be used. */
  readonly error?: string;
  /** Set when the date is valid but unusual. */
  readonly warning?: string;
}

/** `scsDeck/callDate`: the date a new deck suggests, or the check of one the author typed, and its file name. */
export const CALL_DATE_REQUEST = 'scsDeck/callDate';

export interface NewDeckTextParams {
  /** The folder the deck goes into. */
  readonly folderUri: string;
  readonly date: string;
}

export interface NewDeckTextResult {
  readonly text: string;
  /** The template file it came from; none: the built-in template. */
  readonly templateFile?: string;
  /** The configured `scsDeck.template.path`, when it could not be read. */
  readonly configuredUnreadable?: string;
}

/** `scsDeck/newDeckText`: a new deck's text for a folder, from the template that folder's decks use. */
export const NEW_DECK_TEXT_REQUEST = 'scsDeck/newDeckText';

/** What the preview measured of one slide as it laid it out. Heights are CSS pixels of the unscaled slide. */
export interface SlideLayoutDto {
  /** The slide section's `scrollHeight`. */
  readonly contentHeight: number;
  /** reveal.js's configured slide height. */
  readonly slideHeight: number;
  readonly lineHeight?: number;
}

/**
 * One slide of a preview report, named by its reveal.js position and the hash it was rendered with
 * (`RenderedSlideDto.hash`). Each kind of measurement is an optional field, so more can join: a field left out keeps
 * what an earlier report said.
 */
export interface PreviewSlideReport {
  readonly h: number;
  readonly v: number;
  readonly hash: string;
  readonly layout?: SlideLayoutDto;
}

export interface PreviewReportParams {
  readonly uri: string;
  /** The document version the preview showed when it measured; the server ignores reports for any other. */
  readonly version: number;
  readonly slides: readonly PreviewSlideReport[];
}

/**
 * `scsDeck/previewReport` (client → server): what the preview measured of the slides it laid out (only those it
 * patched since the last report). The server turns it into diagnostics (`slide-overflow`).
 */
export const PREVIEW_REPORT_NOTIFICATION = 'scsDeck/previewReport';
