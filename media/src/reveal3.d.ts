/** The part of reveal.js 3.9.2's global `Reveal` (HedgeDoc 1.12's version) the preview uses. */
export interface RevealIndices {
  h: number;
  v: number;
  f?: number;
}

export interface Reveal3 {
  /** Starts reveal.js; it fires `ready` once the slides are laid out. */
  initialize(options: Record<string, unknown>): void;
  isReady(): boolean;
  configure(options: Record<string, unknown>): void;
  /** reveal.js's own options object (not a copy). */
  getConfig(): { height?: number | string; width?: number | string; progress?: boolean };
  sync(): void;
  syncSlide(slide: HTMLElement): void;
  syncFragments(slide: HTMLElement): void;
  loadSlide(slide: HTMLElement): void;
  layout(): void;
  slide(h: number, v?: number, f?: number): void;
  getIndices(slide?: HTMLElement): RevealIndices;
  getCurrentSlide(): HTMLElement | undefined;
  addEventListener(type: 'ready' | 'slidechanged' | 'fragmentshown' | 'fragmenthidden', listener: () => void): void;
}
