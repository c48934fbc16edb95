/** Rendered slides kept between renders of one document. */
import type { RenderedSlide, RenderOptions } from './types';
import type { ScanCache } from './rawPass';
import type { SlideOutput } from './renderSlide';

/** The last render, slide by slide: a keystroke finds most slides where they were, without hashing their text. */
export interface LastRender {
  readonly contents: readonly string[];
  readonly variants: readonly string[];
  readonly outputs: readonly SlideOutput[];
  readonly rendered: readonly RenderedSlide[];
}

/** Scan results and rendered slides from the last two renders: enough for typing, bounded in memory. */
export class RenderCache {
  /** Options generation and raw-pass plan → slide text → output. */
  private current = new Map<string, Map<string, SlideOutput>>();
  private previous = new Map<string, Map<string, SlideOutput>>();
  private currentSize = 0;
  private generations = new WeakMap<RenderOptions, number>();
  private nextGeneration = 0;
  /** Slides rendered (not taken from the cache) by the last `renderDeck` call. */
  lastRendered = 0;
  private rendering = 0;
  /** The last render's slides (`renderDeck` reuses those an edit left where they were). */
  last?: LastRender;
  /** Tag scans of slides that start outside a tag (see `rawPass.ts`). */
  readonly scans: ScanCache = { byText: new Map() };

  /**
   * A number that changes when the options object changes: keep passing the same object to reuse renders.
   * @example cache.generation(opts) === cache.generation(opts) // true
   */
  generation(options: RenderOptions): number {
    let g = this.generations.get(options);
    if (g === undefined) this.generations.set(options, (g = this.nextGeneration++));
    return g;
  }

  /** The output for a slide's text under `variant` (options generation and raw-pass plan), kept for one more render. */
  get(variant: string, content: string): SlideOutput | undefined {
    const hit = this.current.get(variant)?.get(content) ?? this.previous.get(variant)?.get(content);
    if (hit) this.put(variant, content, hit);
    return hit;
  }

  set(variant: string, content: string, value: SlideOutput): void {
    this.rendering++;
    this.put(variant, content, value);
  }

  private put(variant: string, content: string, value: SlideOutput): void {
    let map = this.current.get(variant);
    if (!map) this.current.set(variant, (map = new Map()));
    if (!map.has(content)) this.currentSize++;
    map.set(content, value);
  }

  /** Called after each render: what the render did not touch is dropped one render later. */
  rotate(): void {
    this.lastRendered = this.rendering;
    this.rendering = 0;
    this.previous = this.current;
    this.current = new Map();
    // Bounded by the deck's size (most slides are reused from `last`, not put in the maps).
    if (this.scans.byText.size > 4 * (this.last?.contents.length ?? this.currentSize) + 256) this.scans.byText.clear();
    this.currentSize = 0;
  }
}
