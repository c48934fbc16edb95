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

export interface SlidesParams {
  readonly uri: string;
}

export interface SlidesResult {
  /** Document version the summary was computed for. */
  readonly version: number;
  readonly isDeck: boolean;
  readonly slides: SlideSummary[];
}

/** `scsDeck/slides`: the slide structure of an open document (empty and `isDeck: false` for other Markdown). */
export const SLIDES_REQUEST = 'scsDeck/slides';
