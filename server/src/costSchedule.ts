/**
 * When to update something that follows the text (a document's diagnostics, a preview) while the author
 * types, by what the update really costs instead of a fixed debounce: a change while idle updates at once;
 * during a burst at most one update runs, and the next starts when it finished plus a pause proportional to
 * how long it took. Typing never postpones an update, it only spaces them out, so continuous typing still
 * gets one every (1 + gapFactor) × cost, and the update's share of the CPU stays at most 1 / (1 + gapFactor).
 * Pure: the clock and timers are injected. Shared by the server (diagnostics) and the extension (preview).
 *
 * @example
 * const lint = new CostSchedule(() => publish(uri));
 * lint.changed(); // idle: publish runs now; changes while it runs give one more run after its pause
 */

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface CostScheduleOptions {
  /** The pause after an update, as a multiple of how long the update took. */
  readonly gapFactor?: number;
  /** The least pause between updates (ms), e.g. a user's setting. */
  readonly minGapMs?: number;
  /** The longest pause (ms), so one slow update does not hold back the next for long. */
  readonly maxGapMs?: number;
}

export class CostSchedule {
  private running = false;
  private pending = false;
  private timer: unknown;
  private disposed = false;
  /** When the pause after the last update ends. */
  private readyAt = Number.NEGATIVE_INFINITY;
  /** How long the last update took (ms). */
  lastCostMs = 0;
  /** The least pause between updates (ms); may change between updates (a setting). */
  minGapMs: number;
  private readonly gapFactor: number;
  private readonly maxGapMs: number;

  constructor(private readonly run: () => unknown, private readonly clock: Clock = realClock, options: CostScheduleOptions = {}) {
    this.gapFactor = options.gapFactor ?? 1;
    this.minGapMs = options.minGapMs ?? 0;
    this.maxGapMs = options.maxGapMs ?? 1000;
  }

  /** Whether an update runs now. */
  get busy(): boolean {
    return this.running;
  }

  /** The text changed: update now if idle, else once the running update and its pause are over. */
  changed(): void {
    if (this.disposed) return;
    this.pending = true;
    if (!this.running && this.timer === undefined) this.startOrWait();
  }

  /** Drops a waiting update; one that runs finishes. */
  dispose(): void {
    this.disposed = true;
    this.pending = false;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private startOrWait(): void {
    const wait = this.readyAt - this.clock.now();
    if (wait <= 0) {
      void this.start();
      return;
    }
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      if (this.pending && !this.disposed && !this.running) this.startOrWait();
    }, wait);
  }

  private async start(): Promise<void> {
    this.pending = false;
    this.running = true;
    const t0 = this.clock.now();
    try {
      await this.run();
    } catch {
      // The update reports its own failures; the schedule goes on.
    } finally {
      const end = this.clock.now();
      this.lastCostMs = end - t0;
      this.readyAt = end + Math.min(this.maxGapMs, Math.max(this.minGapMs, this.gapFactor * this.lastCostMs));
      this.running = false;
      if (this.pending && !this.disposed) this.startOrWait();
    }
  }
}
