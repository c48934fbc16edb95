/**
 * When the preview re-renders while the author types: the first edit after a quiet spell renders at once
 * (a single keystroke shows without waiting), and edits that follow within `delay` ms are gathered into one
 * render after `delay` ms of quiet (a burst of typing costs one render, not one per key). Pure: the clock
 * and timers are injected.
 */

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * @example
 * const s = new UpdateSchedule(() => render(), realClock);
 * s.edited(150) // renders now if nothing rendered in the last 150 ms, else once typing pauses for 150 ms
 */
export class UpdateSchedule {
  private timer: unknown;
  private lastRun = Number.NEGATIVE_INFINITY;

  constructor(private readonly run: () => void, private readonly clock: Clock = realClock) {}

  edited(delay: number): void {
    const now = this.clock.now();
    if (this.timer === undefined && now - this.lastRun >= delay) {
      this.fire();
      return;
    }
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.fire();
    }, Math.max(0, delay));
  }

  cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private fire(): void {
    this.lastRun = this.clock.now();
    this.run();
  }
}
