/**
 * Two-way sync between the editor cursor and the preview, as pure decisions. Every move carries its
 * origin: a preview move that answers our own `goto` is not sent back to the editor, and a selection we
 * set ourselves is not sent back to the preview, so the two sides never fight.
 */
import type { Origin, SlidePosition } from './messages';

export interface SyncOptions {
  /** `scsDeck.preview.sync`: follow at all. */
  enabled: boolean;
  /** The lock toggle: neither side follows the other while locked. */
  locked: boolean;
}

const same = (a: SlidePosition | undefined, b: SlidePosition | undefined) => !!a && !!b && a.h === b.h && a.v === b.v;

/**
 * @example
 * const sync = new SyncDecider({ enabled: true, locked: false });
 * sync.editorMoved({ h: 2, v: 1 }, 40)     // { h: 2, v: 1 }: send goto
 * sync.previewMoved({ h: 2, v: 1 }, 'editor', { h: 2, v: 1 }) // false: our own echo
 */
export class SyncDecider {
  /** The slide the preview shows, as last reported or asked for. */
  private previewAt: SlidePosition | undefined;
  /** A cursor line we set ourselves; its selection event is not a user move. */
  private pendingLine: number | undefined;

  constructor(readonly options: SyncOptions) {}

  get following(): boolean {
    return this.options.enabled && !this.options.locked;
  }

  /** The cursor is now on `slide` (at `line`). Returns the slide to show, or undefined to leave the preview. */
  editorMoved(slide: SlidePosition, line: number): SlidePosition | undefined {
    if (this.pendingLine !== undefined && line === this.pendingLine) {
      this.pendingLine = undefined;
      return undefined;
    }
    this.pendingLine = undefined;
    if (!this.following || same(slide, this.previewAt)) return undefined;
    this.previewAt = { h: slide.h, v: slide.v };
    return this.previewAt;
  }

  /** The preview moved. Returns whether the editor should reveal that slide. */
  previewMoved(pos: SlidePosition, origin: Origin, cursorSlide: SlidePosition | undefined): boolean {
    this.previewAt = { h: pos.h, v: pos.v };
    if (origin === 'editor' || !this.following) return false;
    return !same(pos, cursorSlide);
  }

  /** Call before moving the cursor to `line` because of a preview move. */
  expectSelection(line: number): void {
    this.pendingLine = line;
  }

  /** Forget where the preview is (it reloaded), so the next cursor move is sent even to the same slide. */
  reset(): void {
    this.previewAt = undefined;
    this.pendingLine = undefined;
  }
}
