/** Rendered slides kept between renders of one document. */
import type { RenderOptions } from './types';
import type { Scan } from './rawPass';
import type { SlideOutput } from './renderSlide';

/** Scan results and rendered slides from the last two renders: enough for typing, bounded in memory. */
export class RenderCache {
  private current = new Map<string, SlideOutput>();
  private previous = new Map<string, SlideOutput>();
  private generations = new WeakMap<RenderOptions, number>();
  private nextGeneration = 0;
  /** Slides rendered (not taken from the cache) by the last `renderDeck` call. */
  lastRendered = 0;
  private rendering = 0;
  /** Tag scans of slides that start outside a tag, keyed by slide hash (see `rawPass.ts`). */
  readonly scans = new Map<string, Scan>();

  /**
   * A number that changes when the options object changes: keep passing the same object to reuse renders.
   * @example cache.generation(opts) === cache.generation(opts) // true
   */
  generation(options: RenderOptions): number {
    let g = this.generations.get(options);
    if (g === undefined) this.generations.set(options, (g = this.nextGeneration++));
    return g;
  }

  get(key: string): SlideOutput | undefined {
    const hit = this.current.get(key) ?? this.previous.get(key);
    if (hit) this.current.set(key, hit);
    return hit;
  }

  set(key: string, value: SlideOutput): void {
    this.rendering++;
    this.current.set(key, value);
  }

  /** Called after each render: what the render did not touch is dropped one render later. */
  rotate(): void {
    this.lastRendered = this.rendering;
    this.rendering = 0;
    this.previous = this.current;
    this.current = new Map();
    if (this.scans.size > 4 * this.previous.size + 256) this.scans.clear();
  }
}
